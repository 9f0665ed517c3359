package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTest {
    @TempDir
    Path data;

    @Test
    void theTokenIsMadeOnceInAFileOnlyItsOwnerCanRead() throws Exception {
        Access first = Access.ofDataDir(data, Set.of());
        Access again = Access.ofDataDir(data, Set.of());
        assertThat(first.token()).hasSize(64).isEqualTo(again.token());
        assertThat(first.tokenFile()).isEqualTo(data.resolve(Access.TOKEN_FILE));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.tokenFile()))).isEqualTo("rw-------");
        assertThat(Access.random().token()).isNotEqualTo(Access.random().token());
    }

    @Test
    void onlyTheTokenAuthorizes() {
        Access a = Access.random();
        assertThat(a.authorized("Bearer " + a.token())).isTrue();
        assertThat(a.authorized("bearer " + a.token())).isTrue();
        assertThat(a.authorized(a.token())).isFalse();
        assertThat(a.authorized("Bearer " + a.token().substring(1))).isFalse();
        assertThat(a.authorized(null)).isFalse();
    }

    @Test
    void loopbackAndAllowedNamesOnly() {
        Access a = Access.ofDataDir(data, Set.of("sitrep.team.example"));
        assertThat(a.hostAllowed("localhost:7070")).isTrue();
        assertThat(a.hostAllowed("127.0.0.1")).isTrue();
        assertThat(a.hostAllowed("[::1]:7070")).isTrue();
        assertThat(a.hostAllowed("Sitrep.Team.Example:443")).isTrue();
        assertThat(a.hostAllowed("evil.example")).isFalse();
        assertThat(a.hostAllowed("localhost.evil.example")).isFalse();
        assertThat(a.hostAllowed(null)).isFalse();
        assertThat(a.originAllowed(null)).isTrue();
        assertThat(a.originAllowed("http://localhost:7070")).isTrue();
        assertThat(a.originAllowed("https://evil.example")).isFalse();
        assertThat(a.originAllowed("null")).isFalse();
        assertThat(Access.beyondLoopback("0.0.0.0")).isTrue();
        assertThat(Access.beyondLoopback("127.0.0.1")).isFalse();
        assertThat(Access.beyondLoopback("localhost")).isFalse();
    }
}
