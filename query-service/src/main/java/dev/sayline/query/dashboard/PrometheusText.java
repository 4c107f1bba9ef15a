package dev.sayline.query.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads the Prometheus text exposition format, keeping the samples whose name passes a filter. */
final class PrometheusText {

    /** One sample: metric name, labels, value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private PrometheusText() {
    }

    static List<Sample> parse(String text, Predicate<String> keep) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.indexOf(' ');
            int nameEnd = brace >= 0 && brace < space ? brace : space;
            if (nameEnd <= 0) {
                continue;
            }
            String name = line.substring(0, nameEnd);
            if (!keep.test(name)) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            int rest = nameEnd;
            if (nameEnd == brace) {
                rest = parseLabels(line, brace + 1, labels);
            }
            String[] tail = line.substring(rest).trim().split("\\s+");
            try {
                samples.add(new Sample(name, labels, Double.parseDouble(tail[0])));
            } catch (NumberFormatException e) {
                // NaN/Inf are parsed by Double; anything else is not a sample line.
            }
        }
        return samples;
    }

    /** Parses {@code a="x",b="y"} from {@code from}; returns the index after the closing brace. */
    private static int parseLabels(String line, int from, Map<String, String> labels) {
        int i = from;
        while (i < line.length() && line.charAt(i) != '}') {
            int eq = line.indexOf('=', i);
            String key = line.substring(i, eq).trim();
            StringBuilder value = new StringBuilder();
            int j = eq + 2; // skip ="
            while (j < line.length() && line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\' && j + 1 < line.length()) {
                    char n = line.charAt(++j);
                    value.append(n == 'n' ? '\n' : n);
                } else {
                    value.append(c);
                }
                j++;
            }
            labels.put(key, value.toString());
            i = j + 1;
            if (i < line.length() && line.charAt(i) == ',') {
                i++;
            }
        }
        return i + 1;
    }
}
