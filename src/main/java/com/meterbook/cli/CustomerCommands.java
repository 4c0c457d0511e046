package com.meterbook.cli;

import com.meterbook.domain.Customer;
import com.meterbook.domain.NumberNormaliser;
import com.meterbook.ledger.CustomerQueries.UsageTotal;
import com.meterbook.ledger.Ledger;
import com.meterbook.operations.CustomerChange;
import com.meterbook.operations.CustomerDetails;
import com.meterbook.operations.CustomerEdits;
import com.meterbook.operations.CustomerRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** {@code customers list|show|edit}: the command-line side of the customer screen. */
final class CustomerCommands {

    private CustomerCommands() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "account, name, plan, numbers, threshold, entity of each customer, tab-separated.")
    static final class ListCommand extends LedgerCommand {
        @Option(names = "--search", paramLabel = "S", description = "only customers whose account, name or a number contains S")
        String search;

        @Override
        int run(Ledger ledger) {
            NumberNormaliser normaliser = new CustomerEdits(ledger, root().clock, MeterbookCli.actor()).normaliser();
            List<Customer> found = CustomerDetails.search(new CustomerDetails(ledger, root().clock).list(), search, normaliser);
            out().println("account\tname\tplan\tnumbers\tthreshold\tentity");
            for (Customer c : found) {
                out().println(String.join("\t", c.account(), c.name(), c.plan(), String.join(";", new TreeSet<>(c.numbers())),
                        c.threshold().map(t -> t.stripTrailingZeros().toPlainString()).orElse(""), c.entity()));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One customer: details, override rate rows and usage in the open cycle.")
    static final class Show extends LedgerCommand {
        @Parameters(index = "0", paramLabel = "ACCOUNT")
        String account;

        @Override
        int run(Ledger ledger) {
            var found = new CustomerDetails(ledger, root().clock).detail(account, 5);
            if (found.isEmpty()) {
                err().println("meterbook: no customer '" + account + "'");
                return 1;
            }
            print(found.get(), out());
            return 0;
        }

        private static void print(CustomerDetails.Detail d, PrintWriter out) {
            Customer c = d.customer();
            var s = d.settings();
            out.println("account    " + c.account());
            out.println("name       " + c.name());
            out.println("plan       " + c.plan());
            out.println("numbers    " + String.join(" ", new TreeSet<>(c.numbers())));
            out.println("threshold  " + c.threshold().map(t -> s.atScale(t).toPlainString())
                    .orElse(s.atScale(s.threshold()).toPlainString() + " (ledger default)"));
            out.println("entity     " + c.entity());
            out.println("cycle      " + d.period() + ": " + d.records() + " rated records, charges " + s.atScale(d.charges()).toPlainString());
            for (UsageTotal u : d.usage()) {
                out.println("  " + u.kind() + ": " + u.records() + " records, billed " + u.billedQuantity().toPlainString()
                        + ", charges " + s.atScale(u.charges()).toPlainString());
            }
            out.println("overrides  " + d.overrides().size() + " rate rows");
            d.overrides().forEach(r -> out.println("  " + r.prefix() + " " + r.band() + " from " + r.effectiveFrom() + ": "
                    + r.rate().toPlainString() + " per " + r.per().toPlainString() + ", increment " + r.increment().toPlainString()
                    + ", slot " + r.slotFrom().toPlainString() + ", tier " + r.tierFrom().toPlainString()));
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change a customer's name, plan, numbers, threshold or entity (audited). Records already rated keep "
                    + "their charges until `rerate`.")
    static final class Edit extends LedgerCommand {
        @Parameters(index = "0", paramLabel = "ACCOUNT")
        String account;
        @Option(names = "--name", paramLabel = "NAME")
        String name;
        @Option(names = "--plan", paramLabel = "PLAN")
        String plan;
        @Option(names = "--threshold", paramLabel = "X", description = "invoicing floor; empty or 'default' for the ledger's")
        String threshold;
        @Option(names = "--entity", paramLabel = "E")
        String entity;
        @Option(names = "--add-number", paramLabel = "N", description = "a caller number or meter id to add (repeatable)")
        List<String> add = new ArrayList<>();
        @Option(names = "--remove-number", paramLabel = "N", description = "a number to remove, as stored or as written (repeatable)")
        List<String> remove = new ArrayList<>();

        @Override
        int run(Ledger ledger) {
            if (name == null && plan == null && threshold == null && entity == null && add.isEmpty() && remove.isEmpty()) {
                err().println("meterbook: nothing to change: give --name, --plan, --threshold, --entity, --add-number or --remove-number"
                        + " (see --help)");
                return 2;
            }
            CustomerEdits edits = new CustomerEdits(ledger, root().clock, MeterbookCli.actor());
            NumberNormaliser normaliser = edits.normaliser();
            var current = new CustomerDetails(ledger, root().clock).list().stream().filter(c -> c.account().equals(account)).findFirst();
            if (current.isEmpty()) {
                err().println("meterbook: no customer '" + account + "'");
                return 1;
            }
            CustomerChange change = CustomerChange.of(current.get());
            change = name == null ? change : change.withName(name);
            change = plan == null ? change : change.withPlan(plan);
            change = threshold == null ? change : change.withThreshold("default".equalsIgnoreCase(threshold.strip()) ? "" : threshold);
            change = entity == null ? change : change.withEntity(entity);
            List<String> numbers = new ArrayList<>(change.numbers());
            for (String n : remove) {
                if (!numbers.remove(normaliser.normalise(n))) {
                    err().println("meterbook: " + account + " has no number " + normaliser.normalise(n));
                    return 1;
                }
            }
            numbers.addAll(add);
            change = change.withNumbers(numbers);
            Map<String, String> malformed = CustomerRules.formatProblems(change, normaliser);
            if (!malformed.isEmpty()) {
                var first = malformed.entrySet().iterator().next();
                String option = CustomerRules.NUMBERS.equals(first.getKey()) ? "add-number" : first.getKey();
                err().println("meterbook: --" + option + ": " + first.getValue() + " (see --help)");
                return 2;
            }
            try {
                Customer saved = edits.save(change);
                out().println("saved " + saved.account() + ": " + saved.name() + ", plan " + saved.plan() + ", "
                        + saved.numbers().size() + " numbers");
                return 0;
            } catch (CustomerEdits.Rejected e) {
                err().println("meterbook: " + account + ": " + e.getMessage());
                return 1;
            }
        }
    }
}
