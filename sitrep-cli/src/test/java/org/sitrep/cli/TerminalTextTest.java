package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void escapeSequencesBellsAndNulsNeverReachTheTerminal() {
        StringWriter sink = new StringWriter();
        PrintWriter out = TerminalText.safe(sink);
        out.print("Kyiv\u001b[2J\u001b]0;owned\u0007 said\u0000 drones\u009b31m hit\u007f Kharkiv.\tOK\nNext line, «Харків» 🚀\r\n");
        out.flush();
        assertThat(sink.toString()).isEqualTo("Kyiv[2J]0;owned said drones31m hit Kharkiv.\tOK\nNext line, «Харків» 🚀\r\n");
        assertThat(sink.toString().chars().filter(TerminalText::dropped)).isEmpty();
    }
}
