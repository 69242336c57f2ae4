package org.uncounted.app;

/**
 * Exit codes of the {@code uncounted} command. Scripts may rely on them.
 *
 * <ul>
 *   <li>{@link #OK} 0: success.
 *   <li>{@link #BAD_INPUT} 2: the input or the command line was wrong; the message says which file, line,
 *       field, value and rule. Nothing was written.
 *   <li>{@link #IO} 3: a file or the database could not be read or written.
 *   <li>{@link #DENIED} 4: wrong passphrase, missing permission or consent.
 *   <li>{@link #BUG} 70: a bug in Uncounted (EX_SOFTWARE); please report it with the stack trace.
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int IO = 3;
    public static final int DENIED = 4;
    public static final int BUG = 70;

    private ExitCodes() {}
}
