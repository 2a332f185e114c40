package org.gongkai;

/** Contact details a report prints; "" where it prints none. */
public record Contact(String address, String postcode, String phone, String email, String website) {
  /** True when the report prints no contact detail at all. */
  public boolean isEmpty() {
    return address.isEmpty() && postcode.isEmpty() && phone.isEmpty() && email.isEmpty() && website.isEmpty();
  }
}
