package org.uncounted.disclosure;

/** χ² goodness of fit for the sampler tests: statistic and upper-tail p-value (regularised gamma). */
final class ChiSquare {
    private ChiSquare() {}

    /** Upper-tail p-value of a χ² statistic with df degrees of freedom. */
    static double pValue(double statistic, int df) {
        return upperGamma(df / 2.0, statistic / 2.0);
    }

    /** Pearson statistic, pooling expected counts below 5 into the neighbouring tail bins by the caller. */
    static double statistic(long[] observed, double[] expected) {
        double s = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = observed[i] - expected[i];
            s += d * d / expected[i];
        }
        return s;
    }

    /** Q(a, x) = Γ(a, x)/Γ(a), Numerical Recipes §6.2 (series below a+1, continued fraction above). */
    static double upperGamma(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        double gln = logGamma(a);
        if (x < a + 1) {
            double sum = 1 / a;
            double del = sum;
            for (int n = 1; n < 1000; n++) {
                del *= x / (a + n);
                sum += del;
                if (Math.abs(del) < Math.abs(sum) * 1e-15) {
                    break;
                }
            }
            return 1 - sum * Math.exp(-x + a * Math.log(x) - gln);
        }
        double b = x + 1 - a;
        double c = 1 / 1e-300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < 1e-300 ? 1e-300 : d;
            c = b + an / c;
            c = Math.abs(c) < 1e-300 ? 1e-300 : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - gln) * h;
    }

    static double logGamma(double x) {
        double[] cof = {
            57.1562356658629235,
            -59.5979603554754912,
            14.1360979747417471,
            -0.491913816097620199,
            .339946499848118887e-4,
            .465236289270485756e-4,
            -.983744753048795646e-4,
            .158088703224912494e-3,
            -.210264441724104883e-3,
            .217439618115212643e-3,
            -.164318106536763890e-3,
            .844182239838527433e-4,
            -.261908384015814087e-4,
            .368991826595316234e-5
        };
        double y = x;
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double ser = 0.999999999999997092;
        for (double c : cof) {
            ser += c / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
