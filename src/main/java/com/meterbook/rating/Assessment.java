package com.meterbook.rating;

import com.meterbook.domain.Customer;
import com.meterbook.domain.ExceptionReason;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** What rating decides about a record before its position in the cycle is known. */
public sealed interface Assessment {

    YearMonth period();

    LocalDateTime localStart();

    /** q = 0: stored and counted, never charged or queued. */
    record Zero(YearMonth period, LocalDateTime localStart, String account) implements Assessment {
    }

    /** Cannot be billed; kept in the exception queue. */
    record Queued(YearMonth period, LocalDateTime localStart, String account, ExceptionReason reason, String detail)
            implements Assessment {
    }

    /** Has a customer and rows; its charge depends on the customer's counter C when tier-sensitive. */
    record Billable(YearMonth period, LocalDateTime localStart, Customer customer, String band, RateSelection selection)
            implements Assessment {

        /** The counter this record reads and adds to: customer, cycle and prefix. */
        public String counterKey() {
            return customer.account() + "|" + period + "|" + selection.prefix();
        }
    }
}
