/**
 * What kind of network an IP address belongs to, so a URL fetch can refuse to reach inside the
 * server's own network (SSRF): loopback, private and carrier-grade NAT ranges, link-local (where cloud
 * metadata services answer, 169.254.169.254), multicast and every reserved or documentation range.
 * IPv6 forms that embed an IPv4 address (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16,
 * the old compatible ::a.b.c.d) are judged by that IPv4 address. Only 'public' may be fetched.
 */
import { isIPv4, isIPv6 } from 'node:net';

export type AddressKind = 'public' | 'loopback' | 'unspecified' | 'private' | 'shared' | 'link-local' | 'multicast' | 'reserved';

/** IPv4 ranges that are not the public Internet: [first address, prefix length, kind]. */
const IPV4_RANGES: readonly [string, number, AddressKind][] = [
  ['0.0.0.0', 8, 'unspecified'], // "this network"; 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'], // carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'], // includes the cloud metadata address 169.254.169.254
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
  ['192.0.2.0', 24, 'reserved'], // documentation
  ['192.88.99.0', 24, 'reserved'], // 6to4 relay anycast
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['198.51.100.0', 24, 'reserved'], // documentation
  ['203.0.113.0', 24, 'reserved'], // documentation
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // future use, and the broadcast 255.255.255.255
];

/** IPv6 ranges, as [first address, prefix length, kind]; embedded IPv4 forms are handled apart. */
const IPV6_RANGES: readonly [string, number, AddressKind][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'reserved'], // discard-only
  ['2001::', 32, 'reserved'], // Teredo: the far end is not this address
  ['2001:db8::', 32, 'reserved'], // documentation
  ['fc00::', 7, 'private'], // unique local
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'], // deprecated site-local
  ['ff00::', 8, 'multicast'],
];

/** The kind of `address` (an IPv4 or IPv6 literal, brackets allowed); anything unparseable is 'reserved'. */
export function classifyAddress(address: string): AddressKind {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''); // brackets and an IPv6 zone
  if (isIPv4(bare)) return classifyV4(v4ToNumber(bare));
  if (!isIPv6(bare)) return 'reserved';
  const v6 = v6ToBigInt(bare);
  const embedded = embeddedV4(v6);
  if (embedded !== null) return classifyV4(embedded);
  for (const [first, prefix, kind] of IPV6_RANGES) if (inRange(v6, v6ToBigInt(first), prefix, 128)) return kind;
  // Only 2000::/3 is allocated as global unicast; the rest of the space is reserved.
  return inRange(v6, v6ToBigInt('2000::'), 3, 128) ? 'public' : 'reserved';
}

function classifyV4(value: number): AddressKind {
  for (const [first, prefix, kind] of IPV4_RANGES) if (inRange(BigInt(value), BigInt(v4ToNumber(first)), prefix, 32)) return kind;
  return 'public';
}

/** The IPv4 address carried inside an IPv6 one, or null. */
function embeddedV4(v6: bigint): number | null {
  const low32 = Number(v6 & 0xffffffffn);
  if (v6 >> 32n === 0xffffn) return low32; // ::ffff:a.b.c.d (mapped)
  if (v6 >> 32n === 0n && v6 > 1n) return low32; // ::a.b.c.d (compatible, deprecated)
  if (v6 >> 32n === 0x0064ff9b0000000000000000n) return low32; // 64:ff9b::/96 (NAT64)
  if (v6 >> 112n === 0x2002n) return Number((v6 >> 80n) & 0xffffffffn); // 2002:aabb:ccdd::/48 (6to4)
  return null;
}

function inRange(value: bigint, first: bigint, prefix: number, bits: number): boolean {
  const shift = BigInt(bits - prefix);
  return value >> shift === first >> shift;
}

function v4ToNumber(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function v6ToBigInt(address: string): bigint {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = v4ToNumber(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}
