package com.meterbook.operations;

import com.meterbook.domain.Customer;
import com.meterbook.domain.NumberNormaliser;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a customer edit must satisfy, field by field, with the reason shown beside the field. Format
 * rules need nothing but the change; ledger rules look at the other customers and the plans.
 */
public final class CustomerRules {

    public static final String NAME = "name";
    public static final String PLAN = "plan";
    public static final String NUMBERS = "numbers";
    public static final String THRESHOLD = "threshold";
    public static final String ENTITY = "entity";

    private static final Pattern NAME_TOKEN = Pattern.compile("[^,;\\s]{1,64}");

    private CustomerRules() {
    }

    /** Problems that the values alone show (empty name, a threshold that is not a number...), by field. */
    public static Map<String, String> formatProblems(CustomerChange c, NumberNormaliser normaliser) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.name().isBlank()) {
            problems.put(NAME, "is empty");
        } else if (c.name().strip().length() > 300) {
            problems.put(NAME, "is longer than 300 characters");
        }
        if (!NAME_TOKEN.matcher(c.plan().strip()).matches()) {
            problems.put(PLAN, c.plan().isBlank() ? "is empty" : "'" + c.plan().strip() + "' is not a plan name (no spaces, commas or ;)");
        }
        threshold(c.threshold()).ifPresent(p -> problems.put(THRESHOLD, p));
        if (!c.entity().isBlank() && !NAME_TOKEN.matcher(c.entity().strip()).matches()) {
            problems.put(ENTITY, "'" + c.entity().strip() + "' is not an entity name (no spaces, commas or ;)");
        }
        for (String raw : c.numbers()) {
            String n = normaliser.normalise(raw);
            if (n.isEmpty() || n.length() > 64 || n.contains(";") || n.contains(",")) {
                problems.put(NUMBERS, "'" + raw + "' is not a number or meter id");
                break;
            }
        }
        return problems;
    }

    /** Format problems, then those against the ledger: a plan without rate rows, a number another customer holds. */
    public static Map<String, String> problems(CustomerChange c, NumberNormaliser normaliser, Collection<Customer> customers,
                                               Set<String> plans) {
        Map<String, String> problems = formatProblems(c, normaliser);
        Optional<Customer> before = customers.stream().filter(x -> x.account().equals(c.account())).findFirst();
        String plan = c.plan().strip();
        boolean keepsPlan = before.map(b -> b.plan().equals(plan)).orElse(false);
        if (!problems.containsKey(PLAN) && !keepsPlan && !plans.contains(plan)) {
            problems.put(PLAN, "'" + plan + "' has no rate rows");
        }
        if (!problems.containsKey(NUMBERS)) {
            for (String n : normalised(c, normaliser)) {
                Optional<Customer> holder = customers.stream()
                        .filter(x -> !x.account().equals(c.account()) && x.numbers().contains(n)).findFirst();
                if (holder.isPresent()) {
                    problems.put(NUMBERS, n + " belongs to " + holder.get().account());
                    break;
                }
            }
        }
        return problems;
    }

    public static Set<String> normalised(CustomerChange c, NumberNormaliser normaliser) {
        Set<String> numbers = new LinkedHashSet<>();
        c.numbers().forEach(raw -> numbers.add(normaliser.normalise(raw)));
        return numbers;
    }

    /** The customer a valid change describes. */
    public static Customer customer(CustomerChange c, NumberNormaliser normaliser) {
        String t = c.threshold().strip();
        return new Customer(c.account(), c.name().strip(), c.plan().strip(), normalised(c, normaliser),
                t.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(t)), c.entity().strip());
    }

    private static Optional<String> threshold(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            return Optional.of("'" + t + "' is not a number");
        }
        if (value.signum() < 0) {
            return Optional.of("must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 6 || value.precision() - value.scale() > 12) {
            return Optional.of("'" + t + "' has more than 6 decimals or 12 digits");
        }
        return Optional.empty();
    }

    /** The names of plans that have rate rows of their own. */
    public static Set<String> plans(List<com.meterbook.rating.RateRow> rows) {
        Set<String> plans = new java.util.TreeSet<>();
        rows.stream().filter(r -> !r.isOverride()).forEach(r -> plans.add(r.plan()));
        return plans;
    }
}
