package org.sitrep.claims;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link ClaimComparison} makes of the claims of one event or story.
 *
 * @param groups   the claims with the same claim from other articles folded together, in order of first appearance
 * @param disputes the questions answered incompatibly, each with its positions
 * @param updates  one side's figure changed over time: shown as an update, not a dispute
 */
public record ClaimReport(List<Group> groups, List<Dispute> disputes, List<Update> updates) {
    public ClaimReport {
        groups = List.copyOf(groups);
        disputes = List.copyOf(disputes);
        updates = List.copyOf(updates);
    }

    public static ClaimReport empty() {
        return new ClaimReport(List.of(), List.of(), List.of());
    }

    /** Several reports as one (the disputes of many events): groups renumbered, disputes and updates pointing at them. */
    public static ClaimReport concat(List<ClaimReport> reports) {
        List<Group> groups = new java.util.ArrayList<>();
        List<Dispute> disputes = new java.util.ArrayList<>();
        List<Update> updates = new java.util.ArrayList<>();
        for (ClaimReport r : reports) {
            int base = groups.size();
            for (Group g : r.groups()) groups.add(new Group(base + g.id(), g.claims(), g.articles(), g.independentSources(), g.sides()));
            for (Dispute d : r.disputes()) {
                List<Position> ps = new java.util.ArrayList<>();
                for (Position p : d.positions()) ps.add(new Position(p.answer(), p.groups().stream().map(i -> base + i).toList(), p.sides()));
                disputes.add(new Dispute(d.question(), d.kind(), d.place(), d.why(), ps));
            }
            for (Update u : r.updates()) updates.add(new Update(u.kind(), u.place(), u.side(), u.counted(), base + u.earlier(), base + u.later()));
        }
        return new ClaimReport(groups, disputes, updates);
    }

    /**
     * One claim as made by one or more articles.
     *
     * @param id                 its index in {@link #groups()}
     * @param claims             every article's statement of it, first the earliest found
     * @param articles           the articles that carry it
     * @param independentSources how many sources those articles are, copies collapsed into their originals
     * @param sides              the sides of its speakers
     */
    public record Group(int id, List<Claim> claims, List<String> articles, int independentSources, Set<Side> sides) {
        public Group {
            claims = List.copyOf(claims);
            articles = List.copyOf(articles);
            sides = Set.copyOf(sides);
        }

        /** The first statement of it: what a table shows. */
        public Claim claim() {
            return claims.get(0);
        }

        /** Whether sources that did not copy each other make it. */
        public boolean corroborated() {
            return independentSources >= 2;
        }
    }

    /**
     * A question that claims answer incompatibly.
     *
     * @param question  the question, in words ("Who controls Kupyansk?")
     * @param kind      the kind of the claims in dispute (for denials: the kind denied)
     * @param place     the place it is about; null when the claims had none (a denial in the same article)
     * @param why       why they are incompatible, in words
     * @param positions the answers, each with its claims (at least two)
     */
    public record Dispute(String question, ClaimKind kind, Claim.Place place, String why, List<Position> positions) {
        public Dispute {
            Objects.requireNonNull(question, "question");
            positions = List.copyOf(positions);
        }
    }

    /**
     * One answer to a disputed question.
     *
     * @param answer the answer in words ("held by Ukraine", "ukraine: 10 killed", "denied")
     * @param groups the ids of the claim groups that give it
     * @param sides  the sides of their speakers
     */
    public record Position(String answer, List<Integer> groups, Set<Side> sides) {
        public Position {
            groups = List.copyOf(groups);
            sides = Set.copyOf(sides);
        }
    }

    /**
     * One side's count of one thing, given again later with another value.
     *
     * @param earlier the group with the earlier figure
     * @param later   the group with the later figure
     */
    public record Update(ClaimKind kind, Claim.Place place, Side side, String counted, int earlier, int later) {
    }
}
