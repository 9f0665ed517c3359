package org.sitrep.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A PostgreSQL connection that reads the store's SQLite statements: every statement it prepares or executes is
 * rewritten by {@link Dialect#POSTGRES}, and its prepared statements take parameters as SQLite numbers them
 * ({@code ?N} may appear several times; a bare {@code ?} is one more than the largest number before it) and, in an
 * insert, booleans as SQLite stores them (1 and 0; elsewhere a boolean parameter is a condition, as in SQLite). A proxy, so that the store's classes keep using {@link Connection}.
 */
final class PgConnection {
    private static final Set<String> TRANSLATED = Set.of("prepareStatement", "prepareCall", "nativeSQL");
    private static final Set<String> STATEMENT_SQL = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    private PgConnection() {
    }

    static Connection wrap(Connection pg) {
        return (Connection) Proxy.newProxyInstance(PgConnection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
            if (TRANSLATED.contains(m.getName()) && args != null && args[0] instanceof String sql) {
                Numbered n = Numbered.of(Dialect.POSTGRES.sql(sql));
                args[0] = n.sql();
                Object st = call(pg, m, args);
                boolean insert = n.sql().stripLeading().startsWith("INSERT");
                return st instanceof PreparedStatement ps ? prepared(ps, n.positions(), insert) : st;
            }
            if (m.getName().equals("createStatement")) return statement((Statement) call(pg, m, args));
            return call(pg, m, args);
        });
    }

    private static Statement statement(Statement s) {
        return (Statement) Proxy.newProxyInstance(PgConnection.class.getClassLoader(), new Class<?>[] {Statement.class}, (proxy, m, args) -> {
            if (STATEMENT_SQL.contains(m.getName()) && args != null && args[0] instanceof String sql) args[0] = Dialect.POSTGRES.sql(sql);
            return call(s, m, args);
        });
    }

    /** {@code insert}: a boolean parameter is a value for an integer column (SQLite stores truth as 1 and 0). */
    private static PreparedStatement prepared(PreparedStatement ps, List<List<Integer>> positions, boolean insert) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index
                    && m.getParameterTypes()[0] == int.class) {
                if (insert && m.getName().equals("setBoolean")) {
                    long v = (Boolean) args[1] ? 1 : 0;
                    for (int p : positionsOf(positions, index)) ps.setLong(p, v);
                    return null;
                }
                for (int p : positionsOf(positions, index)) {
                    Object[] a = args.clone();
                    a[0] = p;
                    call(ps, m, a);
                }
                return null;
            }
            return call(ps, m, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(PgConnection.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, h);
    }

    private static List<Integer> positionsOf(List<List<Integer>> positions, int index) {
        if (index < 1 || index > positions.size()) return List.of(index); // let the driver say what is wrong
        return positions.get(index - 1);
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A statement with its parameters renumbered 1, 2, ... in order, and for each SQLite number the positions it fills. */
    record Numbered(String sql, List<List<Integer>> positions) {
        static Numbered of(String sql) {
            StringBuilder out = new StringBuilder(sql.length());
            List<List<Integer>> positions = new ArrayList<>();
            int largest = 0, position = 0;
            boolean quoted = false;
            for (int i = 0; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (c == '\'') quoted = !quoted;
                if (c != '?' || quoted) {
                    out.append(c);
                    continue;
                }
                int j = i + 1;
                while (j < sql.length() && Character.isDigit(sql.charAt(j))) j++;
                int number = j > i + 1 ? Integer.parseInt(sql.substring(i + 1, j)) : largest + 1;
                largest = Math.max(largest, number);
                while (positions.size() < number) positions.add(new ArrayList<>());
                positions.get(number - 1).add(++position);
                out.append('?');
                i = j - 1;
            }
            return new Numbered(out.toString(), positions);
        }
    }
}
