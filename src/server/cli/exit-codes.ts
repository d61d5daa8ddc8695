/** Exit code for a command called wrongly: unknown command, bad option, invalid value. */
export const EXIT_USAGE = 2;
