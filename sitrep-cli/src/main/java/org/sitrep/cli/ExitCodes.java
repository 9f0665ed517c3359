package org.sitrep.cli;

/**
 * The exit codes of every {@code sitrep} command. Stable: scripts may rely on them.
 *
 * <table>
 * <tr><td>0</td><td>success</td></tr>
 * <tr><td>2</td><td>usage error (unknown option, missing argument)</td></tr>
 * <tr><td>3</td><td>the run finished, but some inputs were rejected (see the summary and {@code sitrep rejected})</td></tr>
 * <tr><td>4</td><td>the thing asked for does not exist (unknown article id)</td></tr>
 * <tr><td>70</td><td>internal error (a bug: run again with {@code --verbose} and report it)</td></tr>
 * <tr><td>74</td><td>I/O error on the data directory</td></tr>
 * </table>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int SOME_REJECTED = 3;
    public static final int NOT_FOUND = 4;
    public static final int INTERNAL = 70;
    public static final int IO = 74;

    private ExitCodes() {
    }
}
