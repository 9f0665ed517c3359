package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {
    @TempDir
    Path dir;

    @Test
    void aBatchIsOnDiskWhenAcceptedAndGoneWhenDone() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<String> done = new CopyOnWriteArrayList<>();
        try (Inbox inbox = new Inbox(dir, 8, 1 << 20, bytes -> {
            await(go);
            String body = new String(bytes, StandardCharsets.UTF_8);
            done.add(body);
            return body.length();
        })) {
            Inbox.Ticket t = inbox.offer(b("[1]"));
            assertThat(Files.readString(dir.resolve(t.id() + ".json"))).isEqualTo("[1]");
            assertThat(inbox.status(t.id()).orElseThrow().get("status")).isIn("queued", "storing");
            go.countDown();
            assertThat(t.done().get(5, TimeUnit.SECONDS).result()).isEqualTo(3);
            assertThat(done).containsExactly("[1]");
            assertThat(dir.resolve(t.id() + ".json")).doesNotExist();
            assertThat(inbox.status(t.id()).orElseThrow()).containsEntry("status", "done").containsEntry("result", 3);
            assertThat(inbox.status("no-such-batch")).isEmpty();
        }
    }

    @Test
    void batchesLeftByACrashAreDoneFirstInOrderAndHalfWrittenOnesDropped() throws Exception {
        Files.writeString(dir.resolve("000000000002-bbbbbbbb.json"), "[2]");
        Files.writeString(dir.resolve("000000000001-aaaaaaaa.json"), "[1]");
        Files.writeString(dir.resolve("000000000003-cccccccc.tmp"), "[3, never acknowledged");
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        try (Inbox inbox = new Inbox(dir, 8, 1 << 20, bytes -> {
            done.add(new String(bytes, StandardCharsets.UTF_8));
            three.countDown();
            return null;
        })) {
            Inbox.Ticket next = inbox.offer(b("[4]"));
            assertThat(next.id()).as("after the batches left").startsWith("000000000003-");
            assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
            next.done().get(5, TimeUnit.SECONDS);
        }
        assertThat(done).containsExactly("[1]", "[2]", "[4]");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    @Test
    void aFullInboxRefusesWithARetryAfter() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (Inbox inbox = new Inbox(dir, 2, 1 << 20, body -> {
            await(go);
            return null;
        })) {
            inbox.offer(b("[1]"));
            inbox.offer(b("[2]"));
            assertThatThrownBy(() -> inbox.offer(b("[3]"))).isInstanceOfSatisfying(Inbox.Full.class,
                    f -> assertThat(f.retryAfterSeconds).isBetween(1, 60));
            go.countDown();
        }
    }

    @Test
    void theBytesWaitingAreBoundedToo() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (Inbox inbox = new Inbox(dir, 100, 10, body -> {
            await(go);
            return null;
        })) {
            inbox.offer(b("[1,2,3,4,5,6]")); // alone it may exceed the bound: a batch under the body limit is always taken
            assertThatThrownBy(() -> inbox.offer(b("[7]"))).isInstanceOf(Inbox.Full.class);
            go.countDown();
        }
    }

    @Test
    void aFailingBatchIsSetAsideNotRetriedForever() throws Exception {
        try (Inbox inbox = new Inbox(dir, 8, 1 << 20, body -> {
            if (new String(body, StandardCharsets.UTF_8).contains("poison")) throw new IllegalStateException("cannot store this");
            return "ok";
        })) {
            Inbox.Ticket bad = inbox.offer(b("[\"poison\"]"));
            Inbox.Ticket good = inbox.offer(b("[1]"));
            assertThat(bad.done().get(5, TimeUnit.SECONDS).failure()).contains("cannot store this");
            assertThat(good.done().get(5, TimeUnit.SECONDS).result()).isEqualTo("ok");
            assertThat(inbox.status(bad.id()).orElseThrow()).containsEntry("status", "failed");
            assertThat(dir.resolve("failed").resolve(bad.id() + ".json")).hasContent("[\"poison\"]");
            assertThat(Files.readString(dir.resolve("failed").resolve(bad.id() + ".error.txt"))).contains("cannot store this");
        }
        try (Inbox again = new Inbox(dir, 8, 1 << 20, body -> {
            throw new AssertionError("nothing is left to do: " + new String(body, StandardCharsets.UTF_8));
        })) {
            assertThat(again.waiting()).isZero();
        }
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
