/**
 * The command line: thin edges. Each picocli command parses options and calls one stage API; no
 * extraction logic lives here.
 *
 * <p>Exit codes (see {@link org.axiswatch.cli.ExitCodes}): 0 success, 1 bad input, 2 usage,
 * 3 store or index problem, 4 some files of several failed.
 */
package org.axiswatch.cli;
