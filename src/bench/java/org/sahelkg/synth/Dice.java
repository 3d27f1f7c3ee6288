package org.sahelkg.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance: a {@link SplittableRandom} behind the few draws it needs. Each
 * part of the world gets its own split, so that changing how many draws one part makes does not shift
 * the others, and the same seed always gives the same files.
 */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream for one part of the generation. */
    Dice split() {
        return new Dice(random.split());
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min == max ? min : random.nextInt(min, max + 1);
    }

    double uniform(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** An item other than {@code not}, or {@code not} itself when it is the only one. */
    <T> T pickOther(List<T> items, T not) {
        if (items.size() == 1 && items.get(0).equals(not)) {
            return not;
        }
        T t;
        do {
            t = pick(items);
        } while (t.equals(not));
        return t;
    }

    /** An index drawn by weight from a table of cumulative weights (as {@link Weights} keeps them). */
    int index(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
