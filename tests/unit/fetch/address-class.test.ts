// Table test of the fetch guard's address classifier: every private, link-local, loopback
// and mapped form is recognised from its text alone (no connection is ever made).
import { describe, expect, it } from "vitest";
import { addressAllowed, classifyAddress, type AddressClass } from "../../../server/fetch/address-class.ts";

const TABLE: Array<[string, AddressClass]> = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["::1", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["[::1]", "loopback"],
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["172.15.255.255", "public"],
  ["172.32.0.1", "public"],
  ["192.168.0.1", "private"],
  ["192.168.255.255", "private"],
  ["192.169.0.1", "public"],
  ["100.64.0.1", "private"],
  ["169.254.0.1", "link-local"],
  ["169.254.169.254", "link-local"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["febf:ffff::1", "link-local"],
  ["fec0::1", "private"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:10.1.2.3", "private"],
  ["::ffff:192.168.1.1", "private"],
  ["::ffff:169.254.169.254", "link-local"],
  ["::ffff:7f00:1", "loopback"],
  ["0:0:0:0:0:ffff:ac10:0001", "private"],
  ["::10.0.0.1", "private"],
  ["64:ff9b::10.0.0.1", "private"],
  ["::ffff:8.8.8.8", "public"],
  ["0.0.0.0", "unspecified"],
  ["::", "unspecified"],
  ["224.0.0.1", "multicast"],
  ["ff02::1", "multicast"],
  ["255.255.255.255", "reserved"],
  ["192.0.2.10", "reserved"],
  ["2001:db8::1", "reserved"],
  ["8.8.8.8", "public"],
  ["1.1.1.1", "public"],
  ["2606:4700:4700::1111", "public"],
  ["256.1.1.1", "invalid"],
  ["1.2.3", "invalid"],
  ["01.2.3.4.5", "invalid"],
  ["example.com", "invalid"],
  ["1::2::3", "invalid"],
  ["12345::1", "invalid"],
  ["", "invalid"],
];

describe("classifyAddress", () => {
  it.each(TABLE)("address class: %s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("addressAllowed", () => {
  it.each([
    ["8.8.8.8", false, true],
    ["127.0.0.1", false, false],
    ["127.0.0.1", true, true],
    ["10.0.0.1", false, false],
    ["::ffff:10.0.0.1", false, false],
    ["fe80::1", true, true],
    ["not-an-ip", true, false],
  ] as const)("allowed: %s with allowPrivate=%s is %s", (address, allowPrivate, expected) => {
    expect(addressAllowed(address, allowPrivate)).toBe(expected);
  });
});
