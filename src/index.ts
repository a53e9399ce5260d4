/**
 * reform-rules: Vietnamese administrative-reform rules as typed, deterministic, explainable code.
 *
 * The only public entry point; every export is named here explicitly.
 * @packageDocumentation
 */

export * from './entry/core';
export * from './entry/calendar';
export * from './entry/dossier';
export * from './entry/plan';
export * from './entry/report';

