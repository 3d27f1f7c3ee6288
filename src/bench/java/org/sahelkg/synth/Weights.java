package org.sahelkg.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Items drawn by weight, in the order they were added (never in a hash order). */
final class Weights<T> {
    private final List<T> items = new ArrayList<>();
    private double[] cumulative = new double[8];
    private double[] table;

    Weights<T> add(T item, double weight) {
        if (weight <= 0) {
            return this;
        }
        int n = items.size();
        if (n == cumulative.length) {
            cumulative = Arrays.copyOf(cumulative, n * 2);
        }
        cumulative[n] = (n == 0 ? 0 : cumulative[n - 1]) + weight;
        items.add(item);
        table = null;
        return this;
    }

    T draw(Dice dice) {
        if (table == null) {
            table = Arrays.copyOf(cumulative, items.size());
        }
        return items.get(dice.index(table));
    }
}
