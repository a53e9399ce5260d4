/**
 * The astronomy behind the Vietnamese lunar calendar: mean and true new moons and the Sun's apparent
 * longitude, after J. Meeus, *Astronomical Algorithms* (2nd ed., 1998), chapters 25 and 49, with
 * ΔT from the Espenak–Meeus polynomial expressions (NASA Five Millennium Canon). Written for this
 * library from the published formulas. Accuracy: new moons within a minute, the Sun's longitude
 * within about 0.01°, ample for placing days in UTC+7 between 1900 and 2100.
 * @internal
 * @module
 */

const RAD = Math.PI / 180;
/** Julian Day of 1970-01-01T00:00Z. */
const JD_UNIX_EPOCH = 2440587.5;
/** Vietnam's offset from UTC as a fraction of a day. */
const VN_OFFSET_DAYS = 7 / 24;

/** @internal ΔT = TT − UT in seconds for a decimal year (Espenak–Meeus polynomials, 1860–2150). */
export function deltaTSeconds(y: number): number {
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

/** Decimal year of a Julian Day (close enough for ΔT). */
function decimalYear(jd: number): number {
  return 2000 + (jd - 2451545.0) / 365.25;
}

/** @internal Julian Ephemeris Day (TT) of true new moon number k (k = 0: 2000-01-06), Meeus ch. 49. */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = (2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3) * RAD;
  const Mp = (201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4) * RAD;
  const F = (160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4) * RAD;
  const Om = (124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3) * RAD;
  jde +=
    -0.4072 * Math.sin(Mp) +
    0.17241 * E * Math.sin(M) +
    0.01608 * Math.sin(2 * Mp) +
    0.01039 * Math.sin(2 * F) +
    0.00739 * E * Math.sin(Mp - M) -
    0.00514 * E * Math.sin(Mp + M) +
    0.00208 * E * E * Math.sin(2 * M) -
    0.00111 * Math.sin(Mp - 2 * F) -
    0.00057 * Math.sin(Mp + 2 * F) +
    0.00056 * E * Math.sin(2 * Mp + M) -
    0.00042 * Math.sin(3 * Mp) +
    0.00042 * E * Math.sin(M + 2 * F) +
    0.00038 * E * Math.sin(M - 2 * F) -
    0.00024 * E * Math.sin(2 * Mp - M) -
    0.00017 * Math.sin(Om) -
    0.00007 * Math.sin(Mp + 2 * M) +
    0.00004 * Math.sin(2 * Mp - 2 * F) +
    0.00004 * Math.sin(3 * M) +
    0.00003 * Math.sin(Mp + M - 2 * F) +
    0.00003 * Math.sin(2 * Mp + 2 * F) -
    0.00003 * Math.sin(Mp + M + 2 * F) +
    0.00003 * Math.sin(Mp - M + 2 * F) -
    0.00002 * Math.sin(Mp - M - 2 * F) -
    0.00002 * Math.sin(3 * Mp + M) +
    0.00002 * Math.sin(4 * Mp);
  // Planetary arguments (Meeus table 49.b).
  jde +=
    0.000325 * Math.sin((299.77 + 0.107408 * k - 0.009173 * T2) * RAD) +
    0.000165 * Math.sin((251.88 + 0.016321 * k) * RAD) +
    0.000164 * Math.sin((251.83 + 26.651886 * k) * RAD) +
    0.000126 * Math.sin((349.42 + 36.412478 * k) * RAD) +
    0.00011 * Math.sin((84.66 + 18.206239 * k) * RAD) +
    0.000062 * Math.sin((141.74 + 53.303771 * k) * RAD) +
    0.00006 * Math.sin((207.14 + 2.453732 * k) * RAD) +
    0.000056 * Math.sin((154.84 + 7.30686 * k) * RAD) +
    0.000047 * Math.sin((34.52 + 27.261239 * k) * RAD) +
    0.000042 * Math.sin((207.19 + 0.121824 * k) * RAD) +
    0.00004 * Math.sin((291.34 + 1.844379 * k) * RAD) +
    0.000037 * Math.sin((161.72 + 24.198154 * k) * RAD) +
    0.000035 * Math.sin((239.56 + 25.513099 * k) * RAD) +
    0.000023 * Math.sin((331.55 + 3.592518 * k) * RAD);
  return jde;
}

/** @internal Converts a Julian Ephemeris Day (TT) to a Julian Day in UT. */
export function jdeToJdUt(jde: number): number {
  return jde - deltaTSeconds(decimalYear(jde)) / 86400;
}

/** @internal The Vietnam (UTC+7) epoch day on which true new moon number k falls. */
export function newMoonDay(k: number): number {
  const jdUt = jdeToJdUt(newMoonJde(k));
  return Math.floor(jdUt - JD_UNIX_EPOCH + VN_OFFSET_DAYS);
}

/** @internal The new-moon number k whose mean new moon is nearest to a Vietnam epoch day. */
export function nearestNewMoonNumber(epochDay: number): number {
  return Math.round((epochDay + JD_UNIX_EPOCH - 2451550.09766) / 29.530588861);
}

/** @internal The Sun's apparent geocentric longitude in degrees [0, 360) at a JDE, Meeus ch. 25. */
export function sunApparentLongitude(jde: number): number {
  const T = (jde - 2451545.0) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = (357.52911 + 35999.05029 * T - 0.0001537 * T * T) * RAD;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * Math.sin(M) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * M) +
    0.000289 * Math.sin(3 * M);
  const omega = (125.04 - 1934.136 * T) * RAD;
  const lambda = L0 + C - 0.00569 - 0.00478 * Math.sin(omega);
  return ((lambda % 360) + 360) % 360;
}

/** @internal The Sun's apparent longitude (degrees) at 00:00 Vietnam time of an epoch day. */
export function sunLongitudeAtDayStart(epochDay: number): number {
  const jdUt = epochDay + JD_UNIX_EPOCH - VN_OFFSET_DAYS;
  const jde = jdUt + deltaTSeconds(decimalYear(jdUt)) / 86400;
  return sunApparentLongitude(jde);
}
