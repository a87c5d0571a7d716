package org.badgemanager.bench;

import java.util.ArrayDeque;

/**
 * The least time {@code requests} delete batches can take on a plan, in real seconds: each goes out when the
 * portal's bucket has room (drain {@code rate}/s, {@code burst} deep; none when rate is 0) and, where the plan has
 * an operating limit, when the deletes' server time in the last {@code window} seconds plus this batch's
 * {@code charge} stays within {@code budget} (an exact sliding window, at least as lenient as the portal's
 * one-minute baskets). Self-hosted ({@code rate} 0, {@code inFlight} > 0): {@code inFlight} batches at a time, each
 * taking its charge of server time. Divide by the time scale for a scaled run.
 */
final class DeleteBound {
    private DeleteBound() {
    }

    static double seconds(int requests, double rate, int burst, double charge, double budget, double window,
                          int inFlight) {
        if (rate <= 0) {
            return Math.ceil((double) requests / inFlight) * charge;
        }
        ArrayDeque<double[]> charged = new ArrayDeque<>(); // {time, charge} within the window
        double inWindow = 0;
        double t = 0;
        for (int i = 0; i < requests; i++) {
            double byBucket = i < burst ? 0 : (i - burst + 1) / rate;
            t = Math.max(t, byBucket);
            if (budget > 0) {
                while (true) {
                    while (!charged.isEmpty() && charged.peekFirst()[0] <= t - window) {
                        inWindow -= charged.pollFirst()[1];
                    }
                    if (inWindow + charge <= budget + 1e-9 || charged.isEmpty()) {
                        break;
                    }
                    // wait until the oldest charge leaves the window
                    double[] oldest = charged.pollFirst();
                    inWindow -= oldest[1];
                    t = Math.max(t, oldest[0] + window);
                }
                charged.addLast(new double[] {t, charge});
                inWindow += charge;
            }
        }
        return t;
    }
}
