package com.meterbook.rating;

import com.meterbook.domain.Customer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerDirectoryTest {

    private static final String EMOJI = new String(Character.toChars(0x1F600));

    private static Customer customer(String account, String... numbers) {
        return new Customer(account, account, "BIZ", Set.of(numbers), Optional.empty(), null);
    }

    @Test
    void findsByAccountAndByNormalisedNumber() {
        CustomerDirectory directory = new CustomerDirectory(List.of(
                customer("C1", "60123456789", "60123456780"), customer("M1", "MTR0042")));
        assertThat(directory.byAccount("C1")).get().extracting(Customer::name).isEqualTo("C1");
        assertThat(directory.byAccount("c1")).isEmpty();
        assertThat(directory.byNumber("60123456780")).get().extracting(Customer::account).isEqualTo("C1");
        assertThat(directory.byNumber("MTR0042")).get().extracting(Customer::account).isEqualTo("M1");
        assertThat(directory.byNumber("0123456789")).as("numbers are looked up already normalised").isEmpty();
        assertThat(directory.sharedNumbers()).isEmpty();
        assertThat(directory.byAccount("M1").orElseThrow().entity()).isEqualTo("MAIN");
    }

    @Test
    void reportsANumberHeldByTwoCustomers() {
        CustomerDirectory directory = new CustomerDirectory(List.of(customer("C2", "601"), customer("C1", "601")));
        assertThat(directory.sharedNumbers()).containsExactly("601 is held by C1 and C2");
    }

    @Test
    void listsCustomersInAccountCodePointOrder() {
        CustomerDirectory directory = new CustomerDirectory(List.of(
                customer("C" + EMOJI), customer("C\uFFFD"), customer("C10"), customer("C2"), customer("B9")));
        assertThat(directory.all()).extracting(Customer::account)
                .containsExactly("B9", "C10", "C2", "C\uFFFD", "C" + EMOJI);
    }
}
