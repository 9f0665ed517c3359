package org.sitrep.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the CLI prints goes through this filter: the control characters an article may carry (ESC, which starts
 * terminal escape sequences, BEL, NUL, DEL and the C1 controls) are dropped, so a stored text can neither recolour,
 * retitle nor rewrite the user's terminal. Tabs, line ends and every printable character pass. JSON output needs no
 * such care (Jackson escapes controls) and passes through it unchanged.
 */
final class TerminalText extends FilterWriter {
    private TerminalText(Writer out) {
        super(out);
    }

    static PrintWriter safe(Writer out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    static boolean dropped(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    @Override
    public void write(int c) throws IOException {
        if (!dropped(c)) out.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) write(buf[i]);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) write(s.charAt(i));
    }
}
