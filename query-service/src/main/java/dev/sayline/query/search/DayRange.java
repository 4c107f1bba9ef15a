package dev.sayline.query.search;

import java.time.LocalDate;

/** An inclusive range of days; either end may be open (null). */
public record DayRange(LocalDate from, LocalDate to) {

    public static final DayRange ANY = new DayRange(null, null);

    public boolean isOpen() {
        return from == null && to == null;
    }
}
