// TypeDoc plugin (typedoc.json "plugin"): names each entry module after the subpath people import
// (`reform-rules`, `reform-rules/io`, `reform-rules/xlsx`, `reform-rules/index766`) instead of its
// file path (`index`, `io`, `entry/outputs`, `entry/index766`). Documentation only; src/ is unchanged.
import { Converter } from 'typedoc';

/** Module name as TypeDoc derives it from the entry file → the package subpath. */
const SUBPATHS = {
  index: 'reform-rules',
  io: 'reform-rules/io',
  'entry/outputs': 'reform-rules/xlsx',
  'entry/index766': 'reform-rules/index766',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const name = SUBPATHS[module.name];
      if (name !== undefined) module.name = name;
    }
  });
}
