package org.sitrep.geo.imports;

import java.util.List;

/**
 * One point that stands for a line or an area, and the extent around it, for features that are not points (a river,
 * a sea, a mountain range). Coordinates are {lon, lat} pairs in degrees, as GeoJSON writes them. Pure functions.
 *
 * <ul>
 *   <li>An area (polygon rings, the first of each polygon its outer ring): its largest outer ring is cut by the
 *       parallel through that ring's centroid, and the point is the middle of the longest cut inside it, so that it
 *       always lies inside the area (the centroid of a bent sea or a crescent need not).</li>
 *   <li>A line (one or more parts): the point half-way along its longest part, so that it lies on the river.</li>
 * </ul>
 * Longitudes are taken as they come: a feature across the 180th meridian gets a point on one side of it.
 */
final class RepresentativePoint {
    private RepresentativePoint() {
    }

    /** A point and the extent of the whole feature, in degrees. */
    record Placed(double lat, double lon, double south, double west, double north, double east) {
    }

    /**
     * The point of an area given as polygons, each a list of rings (the first the outer one), each ring a list of
     * {lon, lat}; null when there is no ring of three points or more.
     */
    static Placed ofPolygons(List<List<double[][]>> polygons) {
        double[][] largest = null;
        double largestArea = -1;
        double[] extent = emptyExtent();
        for (List<double[][]> polygon : polygons) {
            if (polygon.isEmpty() || polygon.get(0).length < 3) continue;
            double[][] outer = polygon.get(0);
            grow(extent, outer);
            double area = Math.abs(signedArea(outer));
            if (area > largestArea) {
                largestArea = area;
                largest = outer;
            }
        }
        if (largest == null) return null;
        double[] c = centroid(largest);
        double[] p = middleOfLongestCut(largest, c[1]);
        if (p == null) p = c;
        return new Placed(p[1], p[0], extent[0], extent[1], extent[2], extent[3]);
    }

    /** The point of a line given as parts, each a list of {lon, lat}; null when no part has a point. */
    static Placed ofLines(List<double[][]> parts) {
        double[][] longest = null;
        double longestLength = -1;
        double[] extent = emptyExtent();
        for (double[][] part : parts) {
            if (part.length == 0) continue;
            grow(extent, part);
            double length = length(part);
            if (length > longestLength) {
                longestLength = length;
                longest = part;
            }
        }
        if (longest == null) return null;
        double[] p = alongAt(longest, longestLength / 2);
        return new Placed(p[1], p[0], extent[0], extent[1], extent[2], extent[3]);
    }

    private static double[] emptyExtent() {
        return new double[] {90, 180, -90, -180};
    }

    private static void grow(double[] e, double[][] points) {
        for (double[] p : points) {
            e[0] = Math.min(e[0], p[1]);
            e[1] = Math.min(e[1], p[0]);
            e[2] = Math.max(e[2], p[1]);
            e[3] = Math.max(e[3], p[0]);
        }
    }

    private static double signedArea(double[][] ring) {
        double a = 0;
        for (int i = 0, n = ring.length; i < n; i++) {
            double[] p = ring[i];
            double[] q = ring[(i + 1) % n];
            a += p[0] * q[1] - q[0] * p[1];
        }
        return a / 2;
    }

    /** The area-weighted centroid of a ring; the mean of its points when its area is zero. */
    private static double[] centroid(double[][] ring) {
        double a = signedArea(ring);
        if (Math.abs(a) < 1e-12) {
            double x = 0;
            double y = 0;
            for (double[] p : ring) {
                x += p[0];
                y += p[1];
            }
            return new double[] {x / ring.length, y / ring.length};
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0, n = ring.length; i < n; i++) {
            double[] p = ring[i];
            double[] q = ring[(i + 1) % n];
            double cross = p[0] * q[1] - q[0] * p[1];
            cx += (p[0] + q[0]) * cross;
            cy += (p[1] + q[1]) * cross;
        }
        return new double[] {cx / (6 * a), cy / (6 * a)};
    }

    /**
     * Where the parallel {@code lat} crosses the ring, paired into the stretches inside it (even-odd rule); the
     * middle of the longest. Null when the parallel misses the ring.
     */
    private static double[] middleOfLongestCut(double[][] ring, double lat) {
        double[] xs = new double[ring.length];
        int n = 0;
        for (int i = 0; i < ring.length; i++) {
            double[] p = ring[i];
            double[] q = ring[(i + 1) % ring.length];
            // Half-open, so that a vertex on the parallel counts once.
            if ((p[1] <= lat) != (q[1] <= lat)) {
                xs[n++] = p[0] + (lat - p[1]) * (q[0] - p[0]) / (q[1] - p[1]);
            }
        }
        if (n < 2) return null;
        java.util.Arrays.sort(xs, 0, n);
        double best = -1;
        double mid = Double.NaN;
        for (int i = 0; i + 1 < n; i += 2) {
            double w = xs[i + 1] - xs[i];
            if (w > best) {
                best = w;
                mid = (xs[i] + xs[i + 1]) / 2;
            }
        }
        return new double[] {mid, lat};
    }

    private static double length(double[][] line) {
        double d = 0;
        for (int i = 1; i < line.length; i++) d += segment(line[i - 1], line[i]);
        return d;
    }

    /** Planar length in degrees, longitude scaled by the cosine of the latitude: enough to find a middle. */
    private static double segment(double[] a, double[] b) {
        double k = Math.cos(Math.toRadians((a[1] + b[1]) / 2));
        double dx = (b[0] - a[0]) * k;
        double dy = b[1] - a[1];
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double[] alongAt(double[][] line, double at) {
        double done = 0;
        for (int i = 1; i < line.length; i++) {
            double s = segment(line[i - 1], line[i]);
            if (done + s >= at && s > 0) {
                double t = (at - done) / s;
                return new double[] {line[i - 1][0] + t * (line[i][0] - line[i - 1][0]),
                        line[i - 1][1] + t * (line[i][1] - line[i - 1][1])};
            }
            done += s;
        }
        return line[line.length - 1];
    }
}
