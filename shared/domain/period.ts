/**
 * The longest period a transparency report or statements export covers: a leap year. A module of its
 * own, without zod, so the console checks a period with the API's own limit before asking for it.
 */
export const MAX_PERIOD_DAYS = 366;
