import type { z } from 'zod';
import type { HardwareKind, hardwareKindFactsSchema } from '../schema';

/**
 * Facts that hold for every device of a kind. Keyed by the kind enum, so a new
 * kind in `schema/hardware.ts` fails to compile here until it has an entry.
 */
export const hardwareKinds = {
  'datacenter-gpu': {
    deskable: false,
    source:
      'Datacenter GPUs (SXM/OAM modules, passively cooled PCIe cards) need a server chassis with forced airflow and a rack; sold through server vendors, not as desk machines (docs/methods.md §7.3)',
    asOf: '2026-11-27',
  },
  'consumer-gpu': {
    deskable: true,
    source:
      'Consumer and workstation GPUs are sold as retail cards for desktop PCs (docs/methods.md §7.3)',
    asOf: '2026-11-27',
  },
  apple: {
    deskable: true,
    source:
      'Apple Silicon Macs are desk machines (Mac mini, Mac Studio, MacBook Pro) (docs/methods.md §7.3)',
    asOf: '2026-11-27',
  },
  cpu: {
    deskable: true,
    source:
      'A CPU server or PC with its memory can sit on a desk or under it (docs/methods.md §7.3)',
    asOf: '2026-11-27',
  },
} satisfies Record<HardwareKind, z.input<typeof hardwareKindFactsSchema>>;
