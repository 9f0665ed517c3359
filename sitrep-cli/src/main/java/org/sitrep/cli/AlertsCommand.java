package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.alerts.Alert;
import org.sitrep.app.Sitrep;
import org.sitrep.json.AlertJson;
import org.sitrep.store.WatchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep alerts}: what the watchlists raised, newest first. */
@Command(name = "alerts", description = {"List alerts raised by the watchlists, newest first: the event, what is new (new event, new",
        "articles, new dispute) and the webhook's delivery. --json: {total, unread, limit, offset, items[…]}."})
final class AlertsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--watchlist", paramLabel = "NAME", description = "Only this watchlist's.")
    String watchlist;

    @Option(names = "--unread", description = "Only those not marked read.")
    boolean unread;

    @Option(names = "--mark-read", description = "Mark the alerts listed read.")
    boolean markRead;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default 50).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many.")
    int offset;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0) throw new IllegalArgumentException("--limit must be at least 1 and --offset at least 0");
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = markRead ? main.open() : main.read()) {
            if (watchlist != null && sitrep.watches().find(watchlist).isEmpty()) {
                spec.commandLine().getErr().println("sitrep: no watchlist named " + watchlist + " in " + main.dataDir());
                return ExitCodes.NOT_FOUND;
            }
            String name = watchlist == null ? null : sitrep.watches().find(watchlist).get().name();
            List<Alert> alerts = sitrep.watches().alerts(name, unread, limit, offset);
            long total = sitrep.watches().count(name, unread), unreadCount = sitrep.watches().count(name, true);
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Alert a : alerts) {
                    Map<String, Object> m = AlertJson.alert(a);
                    sitrep.watches().delivery(a.id()).ifPresent(d -> m.put("delivery", AlertJson.delivery(d)));
                    items.add(m);
                }
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("total", total);
                page.put("unread", unreadCount);
                page.put("limit", limit);
                page.put("offset", offset);
                page.put("items", items);
                Output.json(out, page);
            } else if (alerts.isEmpty()) {
                out.println(sitrep.watches().list().isEmpty() ? "No watchlists, so no alerts: `sitrep watchlist add NAME --place PLACE` adds one."
                        : "No alerts" + (unread ? " unread." : " yet."));
            } else {
                for (Alert a : alerts) {
                    String d = sitrep.watches().delivery(a.id()).map(AlertsCommand::describe).orElse("");
                    out.printf("%s %s  [%s] %s — %s%s%n", a.read() ? " " : "*", a.raised().toString().substring(0, 16).replace('T', ' '),
                            a.watchlist(), a.title() == null ? "event " + a.eventId() : a.title(), a.describe(), d);
                    out.printf("      sitrep event %s%n", a.eventId());
                }
                out.printf("%d of %d alert%s shown (%d unread)%n", alerts.size(), total, total == 1 ? "" : "s", unreadCount);
            }
            if (markRead && !alerts.isEmpty()) sitrep.watches().markRead(alerts.stream().map(Alert::id).toList());
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String describe(WatchIndex.DeliveryState d) {
        if (d.delivery() == null) return "";
        return switch (d.delivery()) {
            case "delivered" -> "  (webhook: delivered)";
            case "failed" -> "  (webhook: FAILED after " + d.attempts() + " tries: " + d.lastError() + ")";
            default -> "  (webhook: " + (d.attempts() == 0 ? "waiting" : "retrying after " + d.attempts() + " tries: " + d.lastError()) + ")";
        };
    }
}
