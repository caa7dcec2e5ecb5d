import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  positive,
  provenanceSchema,
  provenanced,
} from './common';
import { blockScaledFormatSchema } from './quants';

export const hardwareKindSchema = z.enum([
  'datacenter-gpu',
  'consumer-gpu',
  'apple',
  'cpu',
]);
export type HardwareKind = z.infer<typeof hardwareKindSchema>;

/** What holds for every device of one hardware kind. */
export const hardwareKindFactsSchema = z.object({
  /**
   * Can be a workstation on a desk: bought, one machine, no rack, no cloud
   * (the "on a desk" procurement, and the search's purchase-price fallback).
   */
  deskable: z.boolean(),
  source: provenanceSchema.shape.source,
  asOf: isoDateSchema,
});
export type HardwareKindFacts = z.infer<typeof hardwareKindFactsSchema>;

/**
 * One entry per hardware kind. A record keyed by the enum is exhaustive, so a
 * new kind fails to compile (in `data/hardware-kinds.ts`) until it says.
 */
export const hardwareKindTableSchema = z.record(
  hardwareKindSchema,
  hardwareKindFactsSchema,
);
export type HardwareKindTable = z.infer<typeof hardwareKindTableSchema>;

/**
 * The architecture generation a device's kernels run on (GPU generation or CPU
 * ISA family): efficiencies are keyed by it, since one factor per kind cannot
 * serve A100, H100 and L40S at once (issue 12, docs/methods.md §20.7).
 */
export const hardwareGenerationSchema = z.enum([
  'turing',
  'ampere',
  'ada',
  'hopper',
  'blackwell',
  'cdna3',
  'rdna3',
  'apple-m',
  'x86',
  'zen',
]);
export type HardwareGeneration = z.infer<typeof hardwareGenerationSchema>;

export const hardwareSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  vendor: z.string().min(1),
  kind: hardwareKindSchema,
  /** Architecture generation (§20.7); absent = efficiencies by kind only. */
  generation: hardwareGenerationSchema.optional(),
  /**
   * Dies one device's GPU spans, when more than one: Apple's Ultras are two
   * Max dies joined by UltraFusion. An engine's generation factors may hold a
   * separate `twoDies` entry for them (docs/methods.md §20.17). Absent = one.
   */
  dies: z.number().int().min(2).max(8).optional(),
  /** Marketed memory (GB = 1e9 bytes); unified memory for Apple, RAM for CPUs. */
  memoryGb: positive,
  memoryBandwidthGbPerSecond: positive,
  /** Dense (non-sparse) tensor throughput, TFLOPS. */
  denseTflops: z.object({
    /** FP32 (non-tensor) throughput; used only by the fp32 format. */
    fp32: positive.optional(),
    fp16: positive,
    bf16: positive.optional(),
    fp8: positive.optional(),
    int8: positive.optional(),
    fp4: positive.optional(),
  }),
  /**
   * Block-scaled FP4 formats the tensor cores compute on directly (Blackwell:
   * MXFP4 and NVFP4); absent = none, so such weights are dequantised to BF16.
   */
  nativeBlockScaledFormats: z.array(blockScaledFormatSchema).optional(),
  tdpWatts: positive,
  /** Per-GPU link to its peers (NVLink, PCIe), one direction, GB/s. */
  interconnectGbPerSecond: positive,
  /**
   * What one GPU's ring all-reduce gets, one direction, GB/s, where it is
   * less than `interconnectGbPerSecond`: on a point-to-point mesh (AMD xGMI)
   * a ring passes each GPU's traffic to its neighbour over one peer link, not
   * all seven (docs/methods.md §20.12). Absent = the interconnect's figure
   * (a switch, NVSwitch or PCIe, gives each GPU its whole link).
   */
  ringAllReduceGbPerSecond: positive.optional(),
  /** Accelerators that can share one tensor-parallel group. */
  maxPerNode: z.number().int().positive(),
  /** Typical purchase price of one unit (whole machine for Apple/CPU). */
  purchaseUsd: positive.optional(),
  ...provenanced,
});
export type Hardware = z.infer<typeof hardwareSchema>;

/**
 * Who runs the capacity an offer rents out. 'hyperscaler' (AWS, Azure, Google
 * Cloud) and 'gpu-cloud' (Lambda, Nebius, RunPod Secure Cloud…: the cloud's own
 * data centres, with an SLA) sell on-demand capacity a buyer can plan on;
 * 'marketplace' (Vast.ai, Akash) and 'community' (RunPod Community Cloud) list
 * third parties' machines, cheaper, with no SLA and no say over who hosts the data.
 */
export const cloudOfferTierSchema = z.enum([
  'hyperscaler',
  'gpu-cloud',
  'marketplace',
  'community',
]);
export type CloudOfferTier = z.infer<typeof cloudOfferTierSchema>;

export const cloudOfferSchema = z.object({
  id: idSchema,
  hardwareId: idSchema,
  cloudProvider: z.string().min(1),
  instanceType: z.string().min(1),
  gpusPerInstance: z.number().int().positive(),
  tier: cloudOfferTierSchema,
  usdPerGpuHourOnDemand: positive,
  /** A listed 1-year reservation price (absent = none listed: a typical discount applies). */
  usdPerGpuHourReserved1y: positive.optional(),
  /** A listed spot / preemptible price (absent = none listed: a typical discount applies). */
  usdPerGpuHourSpot: positive.optional(),
  ...provenanced,
});
export type CloudOffer = z.infer<typeof cloudOfferSchema>;
