package com.meterbook.ui.customers;

import com.meterbook.domain.Customer;
import com.meterbook.domain.NumberNormaliser;
import com.meterbook.operations.CustomerChange;
import com.meterbook.operations.CustomerRules;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editable fields of one customer and the reason beside each bad one, checked with
 * {@link CustomerRules} against the ledger as last read on every change.
 */
public final class CustomerForm {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty plan = new SimpleStringProperty(this, "plan", "");
    private final StringProperty threshold = new SimpleStringProperty(this, "threshold", "");
    private final StringProperty entity = new SimpleStringProperty(this, "entity", "");
    private final StringProperty newNumber = new SimpleStringProperty(this, "newNumber", "");
    private final ObservableList<String> numbers = FXCollections.observableArrayList();
    private final Map<String, ReadOnlyStringWrapper> errors = Map.of(
            CustomerRules.NAME, new ReadOnlyStringWrapper(""), CustomerRules.PLAN, new ReadOnlyStringWrapper(""),
            CustomerRules.THRESHOLD, new ReadOnlyStringWrapper(""), CustomerRules.ENTITY, new ReadOnlyStringWrapper(""),
            CustomerRules.NUMBERS, new ReadOnlyStringWrapper(""));
    private final ReadOnlyStringWrapper changed = new ReadOnlyStringWrapper(this, "changed", "");
    private final BooleanBinding valid;
    private final BooleanBinding dirty;

    private Customer original;
    private NumberNormaliser normaliser = new NumberNormaliser("60");
    private List<Customer> customers = List.of();
    private Set<String> plans = Set.of();

    public CustomerForm() {
        valid = Bindings.createBooleanBinding(() -> errors.values().stream().allMatch(e -> e.get().isEmpty()),
                errors.values().toArray(ReadOnlyStringWrapper[]::new));
        dirty = Bindings.createBooleanBinding(() -> original != null && !CustomerChange.of(original).equals(normalisedChange()),
                name, plan, threshold, entity, numbers, changed);
        name.addListener((o, a, b) -> check());
        plan.addListener((o, a, b) -> check());
        threshold.addListener((o, a, b) -> check());
        entity.addListener((o, a, b) -> check());
        numbers.addListener((javafx.collections.ListChangeListener<String>) c -> check());
    }

    /** Shows {@code customer} as stored; {@code customers} and {@code plans} are what edits are checked against. */
    public void load(Customer customer, NumberNormaliser normaliser, List<Customer> customers, Set<String> plans) {
        this.original = customer;
        this.normaliser = normaliser;
        this.customers = List.copyOf(customers);
        this.plans = Set.copyOf(plans);
        CustomerChange c = CustomerChange.of(customer);
        name.set(c.name());
        plan.set(c.plan());
        threshold.set(c.threshold());
        entity.set(c.entity());
        numbers.setAll(c.numbers());
        newNumber.set("");
        changed.set(customer.account() + System.identityHashCode(customer));
        check();
    }

    public void revert() {
        if (original != null) {
            load(original, normaliser, customers, plans);
        }
    }

    /** Adds the typed number, normalised as the contract says; the same number twice is kept once. */
    public void addNumber() {
        String n = normaliser.normalise(newNumber.get() == null ? "" : newNumber.get().strip());
        if (n.isEmpty()) {
            return;
        }
        if (!numbers.contains(n)) {
            numbers.add(n);
        }
        newNumber.set("");
    }

    public void removeNumber(String number) {
        numbers.remove(number);
    }

    /** The change as typed, for saving. */
    public CustomerChange change() {
        return new CustomerChange(original == null ? "" : original.account(), name.get(), plan.get(), List.copyOf(numbers),
                threshold.get(), entity.get());
    }

    private CustomerChange normalisedChange() {
        CustomerChange c = change();
        return new CustomerChange(c.account(), c.name().strip(), c.plan().strip(),
                numbers.stream().map(normaliser::normalise).distinct().sorted().toList(), plainNumber(c.threshold().strip()),
                c.entity().isBlank() ? Customer.DEFAULT_ENTITY : c.entity().strip());
    }

    private static String plainNumber(String text) {
        try {
            return text.isEmpty() ? text : new java.math.BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private void check() {
        if (original == null) {
            return;
        }
        Map<String, String> problems = CustomerRules.problems(change(), normaliser, customers, plans);
        errors.forEach((field, error) -> error.set(problems.getOrDefault(field, "")));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public StringProperty newNumberProperty() {
        return newNumber;
    }

    public ObservableList<String> numbers() {
        return numbers;
    }

    /** The reason a field is bad, empty when it is good: fields are named as in {@link CustomerRules}. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }
}
