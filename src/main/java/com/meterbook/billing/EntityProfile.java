package com.meterbook.billing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The letterhead of a billing entity: its display name, address lines, registration or tax number,
 * an optional logo (PNG or JPEG bytes) and the days from an invoice's issue to its due date.
 */
public record EntityProfile(String entity, String name, List<String> address, String taxId, Optional<byte[]> logo, int paymentDays) {

    public static final int DEFAULT_PAYMENT_DAYS = 14;
    public static final int MAX_LOGO_BYTES = 1 << 20;

    public EntityProfile {
        if (entity == null || entity.isBlank()) {
            throw new IllegalArgumentException("entity is required");
        }
        name = name == null || name.isBlank() ? entity : name.strip();
        address = address == null ? List.of() : address.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        taxId = taxId == null ? "" : taxId.strip();
        Objects.requireNonNull(logo, "logo");
        logo.ifPresent(EntityProfile::checkLogo);
        if (paymentDays < 0 || paymentDays > 365) {
            throw new IllegalArgumentException("payment days must be between 0 and 365: " + paymentDays);
        }
    }

    /** What an entity prints before anyone described it: its code as its name. */
    public static EntityProfile bare(String entity) {
        return new EntityProfile(entity, entity, List.of(), "", Optional.empty(), DEFAULT_PAYMENT_DAYS);
    }

    /** A logo must be a PNG or a JPEG of at most 1 MB. */
    public static void checkLogo(byte[] bytes) {
        if (bytes.length > MAX_LOGO_BYTES) {
            throw new IllegalArgumentException("the logo is larger than 1 MB (" + bytes.length + " bytes)");
        }
        boolean png = bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
        if (!png && !jpeg) {
            throw new IllegalArgumentException("the logo must be a PNG or JPEG image");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityProfile p && entity.equals(p.entity) && name.equals(p.name) && address.equals(p.address)
                && taxId.equals(p.taxId) && paymentDays == p.paymentDays
                && Arrays.equals(logo.orElse(null), p.logo.orElse(null));
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, name, address, taxId, paymentDays);
    }

    @Override
    public String toString() {
        return "EntityProfile[" + entity + ", " + name + ", " + address + ", " + taxId + ", logo " + logo.map(l -> l.length + " bytes").orElse("none")
                + ", " + paymentDays + " days]";
    }
}
