import type { z } from 'zod';
import type { hardwareSchema } from '../schema';

/*
 * Accelerators and machines. Memory in GB (1e9 bytes), bandwidth in GB/s,
 * throughput in dense (non-sparse) TFLOPS — vendor "with sparsity" headline
 * numbers are halved. Consumer NVIDIA cards list tensor throughput with FP32
 * accumulate (what inference frameworks use), which is half the FP16-accumulate
 * figure. Interconnect is one direction per GPU.
 */
const STAS =
  'github.com/stas00/ml-engineering compute/accelerator/README.md @ 744d01e1 (dense, no-sparsity peak specs, commit of 2026-08-22)';
const SPEC_25 = 'Crossover docs/methods.md §2.5 seed table';

export const hardware = [
  // ───────────── datacenter GPUs ─────────────
  {
    id: 'h100-sxm-80gb',
    name: 'NVIDIA H100 SXM 80GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'hopper',
    memoryGb: 80,
    memoryBandwidthGbPerSecond: 3350,
    denseTflops: { fp32: 67, fp16: 989, bf16: 989, fp8: 1979, int8: 1979 },
    tdpWatts: 700,
    interconnectGbPerSecond: 450,
    maxPerNode: 8,
    purchaseUsd: 27500,
    source: `${STAS}; NVLink 4 900 GB/s bidirectional = 450 GB/s per direction (${SPEC_25} [S6][S3])`,
    asOf: '2026-08-22',
    fieldSources: {
      purchaseUsd: {
        source:
          'Epoch AI epoch-research/training-cost-trends: "H100 sold for $25–30k" (midpoint) [S23]',
        asOf: '2025-01-01',
      },
    },
  },
  {
    id: 'h100-pcie-80gb',
    name: 'NVIDIA H100 PCIe 80GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'hopper',
    memoryGb: 80,
    memoryBandwidthGbPerSecond: 2000,
    denseTflops: { fp32: 51, fp16: 756, bf16: 756, fp8: 1513, int8: 1513 },
    tdpWatts: 350,
    interconnectGbPerSecond: 64,
    maxPerNode: 8,
    purchaseUsd: 25000,
    source: `${STAS}; TDP 350 W from NVIDIA product brief PB-11133-001_v02; PCIe Gen5 x16 ≈64 GB/s per direction (NVLink bridge pairs reach 300 GB/s, ${SPEC_25})`,
    asOf: '2026-08-22',
    fieldSources: {
      purchaseUsd: {
        source:
          "Grade C estimate: low end of the $25,000–30,000 an H100 sold for (Epoch AI epoch-research/training-cost-trends [S23]; Raymond James estimate reported by TechSpot/Barron's, 2023); the PCIe card sells below the SXM module. NVIDIA publishes no list price",
        asOf: '2025-01-01',
      },
    },
  },
  {
    id: 'h100-nvl-94gb',
    name: 'NVIDIA H100 NVL 94GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'hopper',
    memoryGb: 94,
    memoryBandwidthGbPerSecond: 3900,
    denseTflops: { fp32: 60, fp16: 835, bf16: 835, fp8: 1671, int8: 1671 },
    tdpWatts: 400,
    interconnectGbPerSecond: 300,
    maxPerNode: 8,
    purchaseUsd: 28000,
    source:
      'NVIDIA H100 NVL datasheet (nvidia.com/en-us/data-center/h100/): 94 GB HBM3, 3.9 TB/s, FP16/BF16 1,671 TFLOPS and FP8 3,341 TFLOPS with sparsity (halved here), 350–400 W, NVLink bridge 600 GB/s bidirectional',
    asOf: '2024-01-01',
    fieldSources: {
      purchaseUsd: {
        source:
          'Grade C estimate (knowledge): NVIDIA publishes no list price; placed between the H100 PCIe (~$25,000) and H200 (~$30,000) estimates in this catalog',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'h200-sxm-141gb',
    name: 'NVIDIA H200 SXM 141GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'hopper',
    memoryGb: 141,
    memoryBandwidthGbPerSecond: 4800,
    denseTflops: { fp32: 67, fp16: 989, bf16: 989, fp8: 1979, int8: 1979 },
    tdpWatts: 700,
    interconnectGbPerSecond: 450,
    maxPerNode: 8,
    purchaseUsd: 30000,
    source: `${STAS}; TensorRT-LLM H200 launch blog (4.8 TB/s, 141 GB); NVLink 4 as H100`,
    asOf: '2026-08-22',
    fieldSources: {
      purchaseUsd: {
        source:
          'Grade C: midpoint of "priced at $25,000–$35,000" (awesomeagents.ai/hardware/nvidia-h200, undated page read 2026-11-27); NVIDIA publishes no list price',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'b200-sxm-180gb',
    name: 'NVIDIA B200 SXM 180GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'blackwell',
    memoryGb: 180,
    memoryBandwidthGbPerSecond: 8000,
    denseTflops: { fp16: 2250, bf16: 2250, fp8: 4500, int8: 4500, fp4: 9000 },
    nativeBlockScaledFormats: ['mxfp4', 'nvfp4'],
    tdpWatts: 1000,
    interconnectGbPerSecond: 900,
    maxPerNode: 8,
    purchaseUsd: 35000,
    source: `${STAS}; TDP 1000 W and 179 GB HBM3e as nvidia-smi reports it from Vultr, "NVIDIA HGX B200 Hardware Overview", https://docs.vultr.com/inference-cookbook/cuda/getting-started/hardware-overview (updated 2026-03-11); FP4 9 PFLOPS dense and NVLink 5 900 GB/s per direction (${SPEC_25} [S6])`,
    asOf: '2026-08-22',
    fieldSources: {
      nativeBlockScaledFormats: {
        source:
          'NVIDIA technical blog "Introducing NVFP4 for Efficient and Accurate Low-Precision Inference": fifth-generation Blackwell tensor cores accelerate MXFP4 and NVFP4 (hardware scaling); B200 9 PFLOPS dense / 18 sparse at FP4',
        asOf: '2025-06-24',
      },
      purchaseUsd: {
        source:
          'Grade C: midpoint of the widely reported $30,000–40,000 per B200 (Jensen Huang, March 2024; repeated as "estimated $30k–$40k sticker price" by paulscannon.com and egoistai.com; siliconanalysts.com estimates ~$40,000). NVIDIA publishes no list price',
        asOf: '2024-03-19',
      },
    },
  },
  {
    id: 'a100-sxm-80gb',
    name: 'NVIDIA A100 SXM 80GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'ampere',
    memoryGb: 80,
    memoryBandwidthGbPerSecond: 2039,
    denseTflops: { fp32: 19.5, fp16: 312, bf16: 312, int8: 624 },
    tdpWatts: 400,
    interconnectGbPerSecond: 300,
    maxPerNode: 8,
    purchaseUsd: 12500,
    source: `${STAS} (312 TFLOPS BF16, 624 TOPS INT8); 2.039 TB/s, 400 W and NVLink 3 600 GB/s bidirectional from the NVIDIA A100 datasheet (${SPEC_25}: 2.04 TB/s, 300 GB/s [S6][S3])`,
    asOf: '2026-08-22',
    fieldSources: {
      purchaseUsd: {
        source:
          'Grade C: midpoint of "massive secondary market availability at $10,000–$15,000" (awesomeagents.ai/hardware/nvidia-a100, early-2026 page read 2026-11-27)',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'a100-sxm-40gb',
    name: 'NVIDIA A100 SXM 40GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'ampere',
    memoryGb: 40,
    memoryBandwidthGbPerSecond: 1555,
    denseTflops: { fp32: 19.5, fp16: 312, bf16: 312, int8: 624 },
    tdpWatts: 400,
    interconnectGbPerSecond: 300,
    maxPerNode: 8,
    purchaseUsd: 6000,
    source:
      'NVIDIA A100 datasheet (40 GB HBM2, 1,555 GB/s, 312 TFLOPS BF16 dense); 400 W from nvidia-smi on AWS p4d (gist.github.com/shashankprasanna/10ebe6dc1ba1d8d93db17da4e2cc890e)',
    asOf: '2021-06-01',
    fieldSources: {
      purchaseUsd: {
        source:
          'Grade C estimate (knowledge): the 40 GB SXM4 module is sold mostly used; set inside the $4,000–9,000 used range aitooldiscovery.com gives for A100 80 GB units (2026-03-20), since the 40 GB part sells for less',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'a100-pcie-80gb',
    name: 'NVIDIA A100 PCIe 80GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'ampere',
    memoryGb: 80,
    memoryBandwidthGbPerSecond: 1935,
    denseTflops: { fp32: 19.5, fp16: 312, bf16: 312, int8: 624 },
    tdpWatts: 300,
    interconnectGbPerSecond: 32,
    maxPerNode: 8,
    purchaseUsd: 11500,
    source: `${STAS} (1.94 TB/s, 312 TFLOPS); 300 W and PCIe Gen4 x16 (≈32 GB/s per direction) from the NVIDIA A100 PCIe datasheet`,
    asOf: '2026-08-22',
    fieldSources: {
      purchaseUsd: {
        source:
          'Grade C: midpoint of "New A100 80GB units cost $8,000–$15,000 in 2026" (aitooldiscovery.com/ai-infra/nvidia-a100-specs-price, 2026-03-20)',
        asOf: '2026-03-20',
      },
    },
  },
  {
    id: 'l40s-48gb',
    name: 'NVIDIA L40S 48GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'ada',
    memoryGb: 48,
    memoryBandwidthGbPerSecond: 864,
    denseTflops: { fp32: 91.6, fp16: 362, bf16: 362, fp8: 733, int8: 733 },
    tdpWatts: 350,
    interconnectGbPerSecond: 32,
    maxPerNode: 8,
    purchaseUsd: 7500,
    source: `${STAS} (0.86 TB/s, 362 / 733 TFLOPS dense); 864 GB/s, 350 W, PCIe Gen4 x16 from the NVIDIA L40S datasheet`,
    asOf: '2026-08-22',
    fieldSources: {
      purchaseUsd: {
        source:
          'chipversus.com/hardware/gpu/l40s: MSRP $7,500, average market price $7,500 (read 2026-11-27), grade C',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'l4-24gb',
    name: 'NVIDIA L4 24GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'ada',
    memoryGb: 24,
    memoryBandwidthGbPerSecond: 300,
    denseTflops: { fp32: 30.3, fp16: 121, bf16: 121, fp8: 242, int8: 242 },
    tdpWatts: 72,
    interconnectGbPerSecond: 32,
    maxPerNode: 8,
    purchaseUsd: 2345,
    source:
      'NVIDIA L4 datasheet as copied on store.sourcecode.com and fpsbench.com (24 GB GDDR6, 300 GB/s, 72 W; 485 TOPS INT8 and 242 TFLOPS FP16 with sparsity → halved; pages undated); docs/methods.md §2.5 seed: 121 T BF16, 242 T FP8 dense',
    asOf: '2026-11-27',
    fieldSources: {
      purchaseUsd: {
        source:
          'chipversus.com/hardware/gpu/l4: MSRP $2,345 (average market price $1,800); runlocalai.co gives "$2,500 retail / $1,800–2,200 used" (read 2026-11-27), grade C',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'a10g-24gb',
    name: 'NVIDIA A10G 24GB (AWS)',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'ampere',
    memoryGb: 24,
    memoryBandwidthGbPerSecond: 600,
    denseTflops: { fp32: 31.2, fp16: 70, bf16: 70 },
    tdpWatts: 300,
    interconnectGbPerSecond: 32,
    maxPerNode: 8,
    purchaseUsd: 2500,
    source: `${SPEC_25}: A10/A10G 24 GB, 0.60 TB/s, ≈70 T for A10G [S3][S31]; 300 W from nvidia-smi on AWS g5 (gist.github.com/shashankprasanna/10ebe6dc1ba1d8d93db17da4e2cc890e)`,
    asOf: '2026-11-27',
    fieldSources: {
      purchaseUsd: {
        source:
          'chipversus.com value table: A10G MSRP $2,500 (average $2,000), read 2026-11-27, grade C. The A10G is an AWS-only part not sold at retail; the figure stands in for an equivalent GA102 24 GB card',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'a10-24gb',
    name: 'NVIDIA A10 24GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'ampere',
    memoryGb: 24,
    memoryBandwidthGbPerSecond: 600,
    denseTflops: { fp32: 31.2, fp16: 125, bf16: 125, int8: 250 },
    tdpWatts: 150,
    interconnectGbPerSecond: 32,
    maxPerNode: 8,
    purchaseUsd: 2500,
    source: `${SPEC_25}: A10 24 GB, 0.60 TB/s, 125 T dense [S3][S31]; 150 W and INT8 250 TOPS dense from the NVIDIA A10 datasheet`,
    asOf: '2026-11-27',
    fieldSources: {
      purchaseUsd: {
        source:
          'Grade C estimate (knowledge): same GA102 24 GB board class as the A10G, for which chipversus.com lists an MSRP of $2,500; no NVIDIA list price found',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 't4-16gb',
    name: 'NVIDIA T4 16GB',
    vendor: 'NVIDIA',
    kind: 'datacenter-gpu',
    generation: 'turing',
    memoryGb: 16,
    memoryBandwidthGbPerSecond: 320,
    denseTflops: { fp32: 8.1, fp16: 65, int8: 130 },
    tdpWatts: 70,
    interconnectGbPerSecond: 16,
    maxPerNode: 8,
    purchaseUsd: 1880,
    source:
      'topcpu.net L4 vs T4 spec page (16 GB GDDR6, 320 GB/s, 70 W; 2025); 65 TFLOPS FP16 mixed precision and 130 TOPS INT8 from the NVIDIA T4 datasheet; PCIe Gen3 x16',
    asOf: '2025-01-01',
    fieldSources: {
      purchaseUsd: {
        source:
          'chipversus.com value table: Tesla T4 MSRP $1,880 (average market price $1,000), read 2026-11-27, grade C',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'mi300x-192gb',
    name: 'AMD Instinct MI300X 192GB',
    vendor: 'AMD',
    kind: 'datacenter-gpu',
    generation: 'cdna3',
    memoryGb: 192,
    memoryBandwidthGbPerSecond: 5300,
    denseTflops: { fp32: 163.4, fp16: 1307, bf16: 1307, fp8: 2615, int8: 2615 },
    tdpWatts: 750,
    interconnectGbPerSecond: 448,
    ringAllReduceGbPerSecond: 48,
    maxPerNode: 8,
    purchaseUsd: 12500,
    source: `${STAS} (5.3 TB/s, ≈1300 / 2610 TFLOPS dense); AMD MI300X datasheet: 1,307.4 TFLOPS FP16 / 2,614.9 FP8 dense, 750 W, 7 Infinity Fabric links × 64 GB/s per direction`,
    asOf: '2026-08-22',
    fieldSources: {
      ringAllReduceGbPerSecond: {
        source:
          'AMD ROCm blog "Understanding RCCL Bandwidth and xGMI Performance on AMD Instinct MI300X" (2025-03-02): each GPU reaches its seven peers over point-to-point xGMI links of 64 GB/s, ≈48 GB/s usable per link after CRC and protocol overhead (75 %); a ring all-reduce sends each GPU\'s traffic to one neighbour, so one link (docs/methods.md §20.12)',
        asOf: '2026-12-01',
      },
      purchaseUsd: {
        source:
          'Grade C: midpoint of "street pricing around $10,000–$15,000" (awesomeagents.ai/hardware/amd-mi300x, read 2026-11-27); AMD publishes no list price',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'mi325x-256gb',
    name: 'AMD Instinct MI325X 256GB',
    vendor: 'AMD',
    kind: 'datacenter-gpu',
    generation: 'cdna3',
    memoryGb: 256,
    memoryBandwidthGbPerSecond: 6000,
    denseTflops: { fp16: 1307, bf16: 1307, fp8: 2615, int8: 2615 },
    tdpWatts: 1000,
    interconnectGbPerSecond: 448,
    ringAllReduceGbPerSecond: 48,
    maxPerNode: 8,
    purchaseUsd: 20000,
    source: `${STAS} (256 GB HBM3e, 6.0 TB/s); AMD MI325X datasheet: 1,000 W, same compute and Infinity Fabric as MI300X`,
    asOf: '2026-08-22',
    fieldSources: {
      ringAllReduceGbPerSecond: {
        source:
          'AMD ROCm blog "Understanding RCCL Bandwidth and xGMI Performance on AMD Instinct MI300X" (2025-03-02): each GPU reaches its seven peers over point-to-point xGMI links of 64 GB/s, ≈48 GB/s usable per link after CRC and protocol overhead (75 %); a ring all-reduce sends each GPU\'s traffic to one neighbour, so one link (docs/methods.md §20.12)',
        asOf: '2026-12-01',
      },
      purchaseUsd: {
        source:
          'Grade C: "MSRP $20,000" on willitrunai.com/gpus/instinct-mi325x-256gb (read 2026-11-27); AMD publishes no list price',
        asOf: '2026-11-27',
      },
    },
  },
  // ───────────── consumer / workstation GPUs ─────────────
  {
    id: 'rtx-4090-24gb',
    name: 'NVIDIA GeForce RTX 4090 24GB',
    vendor: 'NVIDIA',
    kind: 'consumer-gpu',
    generation: 'ada',
    memoryGb: 24,
    memoryBandwidthGbPerSecond: 1008,
    denseTflops: {
      fp32: 82.6,
      fp16: 165.2,
      bf16: 165.2,
      fp8: 330.3,
      int8: 660.6,
    },
    tdpWatts: 450,
    interconnectGbPerSecond: 32,
    maxPerNode: 4,
    purchaseUsd: 1599,
    source:
      'pcspecchart.com RTX 4090 (24 GB GDDR6X, 1,010 GB/s, 450 W, $1,599 launch; page of ~2025-06); NVIDIA Ada Lovelace architecture whitepaper appendix: 165.2 TFLOPS FP16/BF16 and 330.3 FP8 dense with FP32 accumulate, 660.6 TOPS INT8 dense; 1,008 GB/s = 21 Gbps × 384 bit',
    asOf: '2025-06-01',
    fieldSources: {
      purchaseUsd: {
        source:
          'NVIDIA launch MSRP $1,599 (pcspecchart.com/pc_parts/gpu/25, "launch price $1599")',
        asOf: '2022-10-12',
      },
    },
  },
  // ───────────── Apple Silicon ─────────────
  {
    id: 'apple-m4-max-128gb',
    name: 'Apple M4 Max (40-core GPU, 128 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 128,
    memoryBandwidthGbPerSecond: 546,
    denseTflops: { fp32: 16.2, fp16: 16.2 },
    tdpWatts: 90,
    interconnectGbPerSecond: 15,
    maxPerNode: 1,
    purchaseUsd: 3499,
    source:
      'llama.cpp discussion #4167 summary table (M4 Max 40-core GPU: 546 GB/s) [S37]; memory option up to 128 GB (apple.com MacBook Pro / Mac Studio tech specs)',
    asOf: '2024-11-01',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 40 GPU cores × 128 FP32 ALUs × 2 FLOP × ≈1.578 GHz; Apple does not publish M4 TFLOPS, and FP16 runs at the FP32 rate on Apple GPUs',
        asOf: '2026-11-27',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Mac Studio (2025) M4 Max 16-core CPU/40-core GPU, 128 GB: US launch price $3,499 (support.apple.com/en-us/122211 and lowendmac.com, as transcribed in github.com/rlindsey2/sunkcost data/hardware.json @ 660d14ed), grade B; discontinued 2026-08-25 (same file); the 128 GB MacBook Pro costs more',
        asOf: '2025-03-05',
      },
    },
  },
  {
    id: 'rtx-3090-24gb',
    name: 'NVIDIA GeForce RTX 3090 24GB',
    vendor: 'NVIDIA',
    kind: 'consumer-gpu',
    generation: 'ampere',
    memoryGb: 24,
    memoryBandwidthGbPerSecond: 936,
    denseTflops: {
      fp32: 35.6,
      fp16: 71,
      bf16: 71,
      int8: 284,
    },
    tdpWatts: 350,
    interconnectGbPerSecond: 32,
    maxPerNode: 4,
    purchaseUsd: 1499,
    source:
      'Launch coverage (indianexpress.com, 2020-09-02: $1,499, 24 GB GDDR6X) and calebcoffie rig table (936 GB/s, 350 W); NVIDIA Ampere GA102 architecture whitepaper (GeForce RTX 3090: 71 dense FP16 tensor TFLOPS with FP32 accumulate, 284 INT8 TOPS dense, 35.6 FP32 TFLOPS)',
    asOf: '2020-09-02',
    fieldSources: {
      purchaseUsd: {
        source:
          'NVIDIA launch MSRP $1,499 (indianexpress.com launch coverage, 2020-09-02)',
        asOf: '2020-09-02',
      },
    },
  },
  {
    id: 'rtx-3060-12gb',
    name: 'NVIDIA GeForce RTX 3060 12GB',
    vendor: 'NVIDIA',
    kind: 'consumer-gpu',
    generation: 'ampere',
    memoryGb: 12,
    memoryBandwidthGbPerSecond: 360,
    denseTflops: {
      fp32: 12.7,
      fp16: 25.4,
      bf16: 25.4,
      int8: 101.6,
    },
    tdpWatts: 170,
    interconnectGbPerSecond: 32,
    maxPerNode: 4,
    purchaseUsd: 329,
    source:
      'NVIDIA GeForce RTX 3060 specifications (12 GB GDDR6, 192-bit, 15 Gbps = 360 GB/s, 170 W, $329 launch); tensor throughput derived from the GA102 whitepaper rate per SM (28 SMs × 1.777 GHz), grade B',
    asOf: '2021-02-25',
    fieldSources: {
      purchaseUsd: {
        source: 'NVIDIA GeForce RTX 3060 launch MSRP $329',
        asOf: '2021-02-25',
      },
    },
  },
  {
    id: 'rtx-4060-ti-16gb',
    name: 'NVIDIA GeForce RTX 4060 Ti 16GB',
    vendor: 'NVIDIA',
    kind: 'consumer-gpu',
    generation: 'ada',
    memoryGb: 16,
    memoryBandwidthGbPerSecond: 288,
    denseTflops: {
      fp32: 22.1,
      fp16: 44.1,
      bf16: 44.1,
      fp8: 88.2,
      int8: 176.4,
    },
    tdpWatts: 165,
    interconnectGbPerSecond: 16,
    maxPerNode: 4,
    purchaseUsd: 499,
    source:
      'NVIDIA GeForce RTX 4060 Ti specifications (16 GB GDDR6, 128-bit, 18 Gbps = 288 GB/s, 165 W, PCIe 4.0 x8, $499 launch); tensor throughput scaled from the Ada whitepaper RTX 4090 figures by tensor-core count and clock (34 vs 128 SMs), grade B',
    asOf: '2023-07-18',
    fieldSources: {
      purchaseUsd: {
        source: 'NVIDIA GeForce RTX 4060 Ti 16GB launch MSRP $499',
        asOf: '2023-07-18',
      },
    },
  },
  {
    id: 'rtx-5090-32gb',
    name: 'NVIDIA GeForce RTX 5090 32GB',
    vendor: 'NVIDIA',
    kind: 'consumer-gpu',
    generation: 'blackwell',
    memoryGb: 32,
    memoryBandwidthGbPerSecond: 1792,
    denseTflops: {
      fp32: 104.8,
      fp16: 209.5,
      bf16: 209.5,
      fp8: 419,
    },
    nativeBlockScaledFormats: ['mxfp4', 'nvfp4'],
    tdpWatts: 575,
    interconnectGbPerSecond: 64,
    maxPerNode: 4,
    purchaseUsd: 1999,
    source:
      'pcspecchart.com RTX 5090 (32 GB GDDR7, 512-bit, 1,790 GB/s, 575 W, $1,999 launch; another page 1,792 GB/s); docs/methods.md §2.5: ≈210 T FP16 and ≈420 T FP8 dense with FP32 accumulate; PCIe 5.0 x16',
    asOf: '2025-06-01',
    fieldSources: {
      nativeBlockScaledFormats: {
        source:
          'NVIDIA RTX Blackwell (GB202) fifth-generation tensor cores run FP4 with block scaling (MXFP4, NVFP4; PTX mma kind::mxf4nvf4 on sm_120); no dense FP4 TFLOPS listed here, so FP4 compute falls back to the FP8 rate',
        asOf: '2025-01-30',
      },
      purchaseUsd: {
        source:
          'NVIDIA launch MSRP $1,999 (pcspecchart.com/pc_parts/gpu/21, "launch price $1999")',
        asOf: '2025-01-30',
      },
    },
  },
  {
    id: 'rtx-6000-ada-48gb',
    name: 'NVIDIA RTX 6000 Ada Generation 48GB',
    vendor: 'NVIDIA',
    kind: 'consumer-gpu',
    generation: 'ada',
    memoryGb: 48,
    memoryBandwidthGbPerSecond: 960,
    denseTflops: {
      fp32: 91.1,
      fp16: 364.2,
      bf16: 364.2,
      fp8: 728.5,
    },
    tdpWatts: 300,
    interconnectGbPerSecond: 32,
    maxPerNode: 4,
    purchaseUsd: 6800,
    source:
      'NVIDIA RTX 6000 Ada datasheet (48 GB GDDR6 ECC, 960 GB/s, 300 W, 1,457 TFLOPS FP8 with sparsity → 728.5 dense, FP16 half of that; PCIe 4.0 x16; $6,800 launch price); workstation card, modelled as a single-box PCIe GPU',
    asOf: '2022-12-03',
    fieldSources: {
      purchaseUsd: {
        source:
          'NVIDIA RTX 6000 Ada launch price $6,800 (chipversus.com lists MSRP $6,799, average $5,500)',
        asOf: '2022-12-03',
      },
    },
  },
  {
    id: 'rx-7900-xtx-24gb',
    name: 'AMD Radeon RX 7900 XTX 24GB',
    vendor: 'AMD',
    kind: 'consumer-gpu',
    generation: 'rdna3',
    memoryGb: 24,
    memoryBandwidthGbPerSecond: 960,
    denseTflops: {
      fp32: 61.4,
      fp16: 122.8,
      bf16: 122.8,
    },
    tdpWatts: 355,
    interconnectGbPerSecond: 32,
    maxPerNode: 4,
    purchaseUsd: 999,
    source:
      'AMD Radeon RX 7900 XTX specifications (24 GB GDDR6, 384-bit, 20 Gbps = 960 GB/s, 61.4 TFLOPS FP32 / 122.8 TFLOPS FP16 peak, 355 W total board power, $999 launch)',
    asOf: '2022-12-13',
    fieldSources: {
      purchaseUsd: {
        source: 'AMD Radeon RX 7900 XTX launch MSRP $999',
        asOf: '2022-12-13',
      },
    },
  },
  {
    id: 'apple-m1-16gb',
    name: 'Apple M1 (8-core GPU, 16 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 16,
    memoryBandwidthGbPerSecond: 68.25,
    denseTflops: {
      fp32: 2.6,
      fp16: 2.6,
    },
    tdpWatts: 20,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 899,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (68 GB/s; LPDDR4X-4266 × 128 bit = 68.25); memory: largest configuration on apple.com tech specs',
    asOf: '2020-11-10',
    fieldSources: {
      denseTflops: {
        source:
          'Apple newsroom launch figures (FP32 GPU TFLOPS; FP16 runs at the same rate on Apple GPUs): "up to 2.6 teraflops" (M1, Nov 2020)',
        asOf: '2020-11-10',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): Mac mini (M1, 2020) US list $699 (8 GB/256 GB) + $200 for 16 GB. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2020-11-10',
      },
    },
  },
  {
    id: 'apple-m1-pro-32gb',
    name: 'Apple M1 Pro (16-core GPU, 32 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 32,
    memoryBandwidthGbPerSecond: 200,
    denseTflops: {
      fp32: 5.2,
      fp16: 5.2,
    },
    tdpWatts: 40,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 2699,
    source:
      'Apple newsroom (M1 Pro: 200 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2021-10-18',
    fieldSources: {
      denseTflops: {
        source:
          'Apple newsroom launch figures (FP32 GPU TFLOPS; FP16 runs at the same rate on Apple GPUs): M1 Pro 5.2 TFLOPS (Oct 2021)',
        asOf: '2021-10-18',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): 14-inch MacBook Pro (2021) US list $1,999 (M1 Pro 8-core CPU/14-core GPU, 16 GB, 512 GB) + $300 for the 10-core CPU/16-core GPU chip + $400 for 32 GB; the M1 Pro was sold only in MacBook Pros. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2021-10-18',
      },
    },
  },
  {
    id: 'apple-m1-max-64gb',
    name: 'Apple M1 Max (32-core GPU, 64 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 64,
    memoryBandwidthGbPerSecond: 400,
    denseTflops: {
      fp32: 10.4,
      fp16: 10.4,
    },
    tdpWatts: 60,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 2599,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (M1 Max 400 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2021-10-18',
    fieldSources: {
      denseTflops: {
        source:
          'Apple newsroom launch figures (FP32 GPU TFLOPS; FP16 runs at the same rate on Apple GPUs): M1 Max 10.4 TFLOPS (Oct 2021)',
        asOf: '2021-10-18',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): Mac Studio (2022) US list $1,999 (M1 Max 10-core CPU/24-core GPU, 32 GB, 512 GB) + $200 for the 32-core GPU + $400 for 64 GB. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2022-03-08',
      },
    },
  },
  {
    id: 'apple-m1-ultra-128gb',
    name: 'Apple M1 Ultra (64-core GPU, 128 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    dies: 2,
    memoryGb: 128,
    memoryBandwidthGbPerSecond: 800,
    denseTflops: {
      fp32: 21,
      fp16: 21,
    },
    tdpWatts: 120,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 5799,
    source:
      'Apple newsroom (M1 Ultra: 800 GB/s); Ars Technica table gives 819.2 GB/s for M1/M2/M3 Ultra (as reproduced on inforeader.com and techpowerup.com news, 2025-03-05); memory: largest configuration on apple.com tech specs',
    asOf: '2022-03-08',
    fieldSources: {
      dies: {
        source:
          'Apple newsroom (knowledge), the M1 Ultra announcement of 2022-03-08: two M1 Max dies joined by UltraFusion',
        asOf: '2022-03-08',
      },
      denseTflops: {
        source:
          'Apple newsroom launch figures (FP32 GPU TFLOPS; FP16 runs at the same rate on Apple GPUs): M1 Ultra "21 teraflops" (Mar 2022)',
        asOf: '2022-03-08',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): Mac Studio (2022) M1 Ultra US list $3,999 (20-core CPU/48-core GPU, 64 GB, 1 TB; engadget launch review) + $1,000 for the 64-core GPU + $800 for 128 GB. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2022-03-08',
      },
    },
  },
  {
    id: 'apple-m2-24gb',
    name: 'Apple M2 (10-core GPU, 24 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 24,
    memoryBandwidthGbPerSecond: 100,
    denseTflops: {
      fp32: 3.6,
      fp16: 3.6,
    },
    tdpWatts: 22,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 999,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (M2 100 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2022-06-06',
    fieldSources: {
      denseTflops: {
        source:
          'Apple newsroom launch figures (FP32 GPU TFLOPS; FP16 runs at the same rate on Apple GPUs): M2 3.6 TFLOPS (Jun 2022)',
        asOf: '2022-06-06',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): Mac mini (M2, 2023) US list $599 (8 GB/256 GB) + $400 for 24 GB. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2023-01-17',
      },
    },
  },
  {
    id: 'apple-m2-pro-32gb',
    name: 'Apple M2 Pro (19-core GPU, 32 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 32,
    memoryBandwidthGbPerSecond: 200,
    denseTflops: {
      fp32: 6.8,
      fp16: 6.8,
    },
    tdpWatts: 45,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 1999,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (M2 Pro 200 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2023-01-17',
    fieldSources: {
      denseTflops: {
        source:
          'Apple newsroom launch figures (FP32 GPU TFLOPS; FP16 runs at the same rate on Apple GPUs): M2 Pro 6.8 TFLOPS (Jan 2023)',
        asOf: '2023-01-17',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): Mac mini (M2 Pro, 2023) US list $1,299 (10-core CPU/16-core GPU, 16 GB, 512 GB) + $300 for the 12-core CPU/19-core GPU chip + $400 for 32 GB. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2023-01-17',
      },
    },
  },
  {
    id: 'apple-m2-max-96gb',
    name: 'Apple M2 Max (38-core GPU, 96 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 96,
    memoryBandwidthGbPerSecond: 400,
    denseTflops: {
      fp32: 13.6,
      fp16: 13.6,
    },
    tdpWatts: 70,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 2999,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (M2 Max 400 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2023-01-17',
    fieldSources: {
      denseTflops: {
        source:
          'Apple newsroom launch figures (FP32 GPU TFLOPS; FP16 runs at the same rate on Apple GPUs): M2 Max 13.6 TFLOPS (Jan 2023)',
        asOf: '2023-01-17',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): Mac Studio (2023) M2 Max US list $1,999 (12-core CPU/30-core GPU, 32 GB, 512 GB; imore.com launch table) + $200 for the 38-core GPU (required for 96 GB) + $800 for 96 GB. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2023-06-05',
      },
    },
  },
  {
    id: 'apple-m2-ultra-192gb',
    name: 'Apple M2 Ultra (76-core GPU, 192 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    dies: 2,
    memoryGb: 192,
    memoryBandwidthGbPerSecond: 800,
    denseTflops: {
      fp32: 27.2,
      fp16: 27.2,
    },
    tdpWatts: 140,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 6599,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (M2 Ultra 800 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2023-06-05',
    fieldSources: {
      dies: {
        source:
          'Apple newsroom (knowledge), the M2 Ultra announcement of 2023-06-05: two M2 Max dies joined by UltraFusion',
        asOf: '2023-06-05',
      },
      denseTflops: {
        source:
          'Apple newsroom launch figures (FP32 GPU TFLOPS; FP16 runs at the same rate on Apple GPUs): M2 Ultra 27.2 TFLOPS (Jun 2023); docs/methods.md §2.5 ≈27 T',
        asOf: '2023-06-05',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Mac Studio (2023) M2 Ultra US list $3,999 (24-core CPU/60-core GPU, 64 GB, 1 TB) + $1,000 for the 76-core GPU + $1,600 for 192 GB (build-to-order steps as listed by theinfiniteloop.co.uk, 2023-06-07); Ars Technica review (via smallformfactor.net): 192 GB + 76-core GPU + 2 TB = $6,999, i.e. $6,599 with the 1 TB base SSD; grade B. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2023-06-05',
      },
    },
  },
  {
    id: 'apple-m3-24gb',
    name: 'Apple M3 (10-core GPU, 24 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 24,
    memoryBandwidthGbPerSecond: 100,
    denseTflops: {
      fp32: 3.5,
      fp16: 3.5,
    },
    tdpWatts: 22,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 1499,
    source:
      'Apple M3 tech specs (100 GB/s unified memory bandwidth); memory: largest configuration on apple.com tech specs',
    asOf: '2023-10-30',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: GPU cores × 128 FP32 ALUs × 2 FLOP × GPU clock (M3 ≈1.38 GHz, M4 ≈1.578 GHz); Apple does not publish M3/M4 TFLOPS; FP16 runs at the FP32 rate on Apple GPUs',
        asOf: '2026-11-27',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          "Grade C (knowledge): 13-inch MacBook Air (M3, 8-core CPU/10-core GPU, 16 GB, 512 GB) US list $1,299 after Apple's 2024-10-30 move to 16 GB base memory, + $200 for 24 GB. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs",
        asOf: '2024-10-30',
      },
    },
  },
  {
    id: 'apple-m3-pro-36gb',
    name: 'Apple M3 Pro (18-core GPU, 36 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 36,
    memoryBandwidthGbPerSecond: 150,
    denseTflops: {
      fp32: 6.4,
      fp16: 6.4,
    },
    tdpWatts: 45,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 2599,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (M3 Pro 150 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2023-10-30',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: GPU cores × 128 FP32 ALUs × 2 FLOP × GPU clock (M3 ≈1.38 GHz, M4 ≈1.578 GHz); Apple does not publish M3/M4 TFLOPS; FP16 runs at the FP32 rate on Apple GPUs',
        asOf: '2026-11-27',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): 14-inch MacBook Pro (M3 Pro, Nov 2023) US list $1,999 (11-core CPU/14-core GPU, 18 GB, 512 GB; daringfireball.net "14-inch: $2,000") + $200 for the 12-core CPU/18-core GPU chip + $400 for 36 GB. Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2023-10-30',
      },
    },
  },
  {
    id: 'apple-m3-max-128gb',
    name: 'Apple M3 Max (40-core GPU, 128 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 128,
    memoryBandwidthGbPerSecond: 400,
    denseTflops: {
      fp32: 14.1,
      fp16: 14.1,
    },
    tdpWatts: 80,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 4699,
    source:
      'Apple M3 Max tech specs (40-core GPU variant: 400 GB/s; the 30-core variant has 300 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2023-10-30',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: GPU cores × 128 FP32 ALUs × 2 FLOP × GPU clock (M3 ≈1.38 GHz, M4 ≈1.578 GHz); Apple does not publish M3/M4 TFLOPS; FP16 runs at the FP32 rate on Apple GPUs',
        asOf: '2026-11-27',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C (knowledge): 14-inch MacBook Pro (M3 Max, Nov 2023) US list $3,199 (14-core CPU/30-core GPU, 36 GB, 1 TB; daringfireball.net "14-inch: $3,200") + $500 for the 16-core CPU/40-core GPU chip with 48 GB + $1,000 for 128 GB (consistent with daringfireball\'s maxed 16-inch 40-core/128 GB/8 TB at $7,200). Apple no longer sells it new (last sold as listed); buy refurbished/used or see the current M5/M6 Macs',
        asOf: '2023-10-30',
      },
    },
  },
  {
    id: 'apple-m3-ultra-512gb',
    name: 'Apple M3 Ultra (80-core GPU, 512 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    dies: 2,
    memoryGb: 512,
    memoryBandwidthGbPerSecond: 819,
    denseTflops: {
      fp32: 28.3,
      fp16: 28.3,
    },
    tdpWatts: 160,
    interconnectGbPerSecond: 15,
    maxPerNode: 1,
    purchaseUsd: 9499,
    source:
      'Ars Technica table reproduced on inforeader (819.2 GB/s, up to 512 GB, 80 GPU cores) and TechPowerUp news (2025-03-05); memory: largest configuration on apple.com tech specs',
    asOf: '2025-03-05',
    fieldSources: {
      dies: {
        source:
          'Apple newsroom (knowledge), the M3 Ultra announcement of 2025-03-05: two M3 Max dies joined by UltraFusion',
        asOf: '2025-03-05',
      },
      denseTflops: {
        source:
          'Derived, grade C: GPU cores × 128 FP32 ALUs × 2 FLOP × GPU clock (M3 ≈1.38 GHz, M4 ≈1.578 GHz); Apple does not publish M3/M4 TFLOPS; FP16 runs at the FP32 rate on Apple GPUs',
        asOf: '2026-11-27',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Mac Studio (2025) M3 Ultra 32-core CPU/80-core GPU, 512 GB, 1 TB: US launch price $9,499 (support.apple.com/en-us/122211 and lowendmac.com, as transcribed in github.com/rlindsey2/sunkcost data/hardware.json @ 660d14ed), grade B. Apple withdrew the 512 GB option in March 2026 and discontinued the M3 Ultra Mac Studio on 2026-08-25 (same file): buy refurbished/used',
        asOf: '2025-03-05',
      },
    },
  },
  {
    id: 'apple-m4-32gb',
    name: 'Apple M4 (10-core GPU, 32 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 32,
    memoryBandwidthGbPerSecond: 120,
    denseTflops: {
      fp32: 4,
      fp16: 4,
    },
    tdpWatts: 25,
    interconnectGbPerSecond: 5,
    maxPerNode: 1,
    purchaseUsd: 999,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (M4 120 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2024-10-28',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: GPU cores × 128 FP32 ALUs × 2 FLOP × GPU clock (M3 ≈1.38 GHz, M4 ≈1.578 GHz); Apple does not publish M3/M4 TFLOPS; FP16 runs at the FP32 rate on Apple GPUs',
        asOf: '2026-11-27',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Mac mini (M4, 2024) 10-core CPU/10-core GPU, 32 GB: US launch price $999 (support.apple.com/en-us/121555 and lowendmac.com, as transcribed in github.com/rlindsey2/sunkcost data/hardware.json @ 660d14ed), grade B; discontinued 2026-08-25 (same file)',
        asOf: '2024-10-29',
      },
    },
  },
  {
    id: 'apple-m4-pro-64gb',
    name: 'Apple M4 Pro (20-core GPU, 64 GB)',
    vendor: 'Apple',
    kind: 'apple',
    generation: 'apple-m',
    memoryGb: 64,
    memoryBandwidthGbPerSecond: 273,
    denseTflops: {
      fp32: 8.1,
      fp16: 8.1,
    },
    tdpWatts: 50,
    interconnectGbPerSecond: 15,
    maxPerNode: 1,
    purchaseUsd: 2199,
    source:
      'llama.cpp discussion #4167 summary table (BW column) [S37] (M4 Pro 273 GB/s); memory: largest configuration on apple.com tech specs',
    asOf: '2024-10-28',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: GPU cores × 128 FP32 ALUs × 2 FLOP × GPU clock (M3 ≈1.38 GHz, M4 ≈1.578 GHz); Apple does not publish M3/M4 TFLOPS; FP16 runs at the FP32 rate on Apple GPUs',
        asOf: '2026-11-27',
      },
      tdpWatts: {
        source:
          'Grade C estimate of SoC package power under sustained GPU load; Apple does not publish a TDP',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Mac mini (M4 Pro, 2024) 12-core CPU/16-core GPU, 64 GB: US launch price $1,999 (support.apple.com/en-us/121555 and lowendmac.com, via github.com/rlindsey2/sunkcost data/hardware.json @ 660d14ed), + $200 for the 14-core CPU/20-core GPU chip (grade C, knowledge); discontinued 2026-08-25',
        asOf: '2024-10-29',
      },
    },
  },
  {
    id: 'cpu-desktop-ddr4-3200-2ch',
    name: 'Desktop CPU, dual-channel DDR4-3200 (e.g. Ryzen 7 5800X)',
    vendor: 'AMD',
    kind: 'cpu',
    generation: 'x86',
    memoryGb: 64,
    memoryBandwidthGbPerSecond: 51.2,
    denseTflops: {
      fp32: 1.15,
      fp16: 1.15,
    },
    tdpWatts: 105,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 1000,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 2 × 3200 MT/s × 8 B = 51.2 GB/s; AMD Ryzen 7 5800X product page (8 cores, 105 W, DDR4-3200 dual channel)',
    asOf: '2020-11-05',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 8 cores × 32 FP32 FLOP/cycle (2 × 256-bit FMA) × 4.5 GHz; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C estimate: complete desktop = Ryzen 7 5800X (launch MSRP $449, far less today) + 64 GB DDR4-3200 + B550 board, PSU, case and SSD. DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'cpu-desktop-ddr5-6400-2ch',
    name: 'Desktop CPU, dual-channel DDR5-6400 (e.g. Core i9-13900K)',
    vendor: 'Intel',
    kind: 'cpu',
    generation: 'x86',
    memoryGb: 128,
    memoryBandwidthGbPerSecond: 102.4,
    denseTflops: {
      fp32: 2.5,
      fp16: 2.5,
    },
    tdpWatts: 253,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 2000,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 2 × 6400 MT/s × 8 B = 102.4 GB/s; llama.cpp issue #34: i9-13900K with DDR5-6400 runs a 7B Q4_0 at 18.3 tok/s ≈ 70 GB/s of 102.4 [S8]; Intel ARK i9-13900K (24 cores, 253 W max turbo power)',
    asOf: '2022-10-20',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 8 P-cores × 32 FP32 FLOP/cycle × 5.5 GHz + 16 E-cores × 16 × 4.3 GHz; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C estimate: complete desktop = Core i9-13900K (launch RCP $589) + 128 GB DDR5 + Z790 board, 1,000 W PSU, case, cooler and SSD. DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'cpu-ryzen-9-9950x-ddr5-5600-2ch',
    name: 'AMD Ryzen 9 9950X, dual-channel DDR5-5600',
    vendor: 'AMD',
    kind: 'cpu',
    generation: 'zen',
    memoryGb: 192,
    memoryBandwidthGbPerSecond: 89.6,
    denseTflops: {
      fp32: 5.1,
      fp16: 5.1,
    },
    tdpWatts: 170,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 2100,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 2 × 5600 MT/s × 8 B = 89.6 GB/s; AMD Ryzen 9 9950X product page (16 cores, 170 W TDP, DDR5-5600 dual channel, up to 192 GB)',
    asOf: '2024-08-15',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 16 Zen 5 cores × 64 FP32 FLOP/cycle (2 × 512-bit FMA) × 5.0 GHz; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C estimate: complete desktop = Ryzen 9 9950X (launch MSRP $649) + 192 GB DDR5 (4 × 48 GB) + X870 board, PSU, case, cooler and SSD. DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'cpu-threadripper-7980x-ddr5-5200-4ch',
    name: 'AMD Threadripper 7980X, 4-channel DDR5-5200',
    vendor: 'AMD',
    kind: 'cpu',
    generation: 'zen',
    memoryGb: 256,
    memoryBandwidthGbPerSecond: 166.4,
    denseTflops: {
      fp32: 8.2,
      fp16: 8.2,
    },
    tdpWatts: 350,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 8000,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 4 × 5200 MT/s × 8 B = 166.4 GB/s; AMD Ryzen Threadripper 7980X product page (64 cores, 350 W, TRX50 quad-channel DDR5-5200)',
    asOf: '2023-11-21',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 64 Zen 4 cores × 32 FP32 FLOP/cycle (AVX-512 on 256-bit units) × 4.0 GHz; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C estimate: workstation = Threadripper 7980X (launch MSRP $4,999) + TRX50 board (~$900) + 256 GB DDR5-5200 RDIMM (4 × 64 GB, ~$1,300) + PSU, case, cooler and SSD (~$800). DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'cpu-threadripper-pro-7995wx-ddr5-5200-8ch',
    name: 'AMD Threadripper PRO 7995WX, 8-channel DDR5-5200',
    vendor: 'AMD',
    kind: 'cpu',
    generation: 'zen',
    memoryGb: 512,
    memoryBandwidthGbPerSecond: 332.8,
    denseTflops: {
      fp32: 10.8,
      fp16: 10.8,
    },
    tdpWatts: 350,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 15000,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 8 × 5200 MT/s × 8 B = 332.8 GB/s; AMD Ryzen Threadripper PRO 7995WX product page (96 cores, 350 W, WRX90 8-channel DDR5-5200)',
    asOf: '2023-11-21',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 96 Zen 4 cores × 32 FP32 FLOP/cycle × 3.5 GHz; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C estimate: workstation = Threadripper PRO 7995WX (launch MSRP $9,999) + WRX90 board (~$1,200) + 512 GB DDR5-5200 RDIMM (8 × 64 GB, ~$2,600) + PSU, case, cooler and SSD (~$1,200). DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'cpu-epyc-9654-ddr5-4800-12ch',
    name: 'AMD EPYC 9654 (Genoa), 12-channel DDR5-4800',
    vendor: 'AMD',
    kind: 'cpu',
    generation: 'zen',
    memoryGb: 768,
    memoryBandwidthGbPerSecond: 460.8,
    denseTflops: {
      fp32: 10.9,
      fp16: 10.9,
    },
    tdpWatts: 360,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 18500,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 12 × 4800 MT/s × 8 B = 460.8 GB/s; inference.duchess.capital EPYC page and yummers.dev "Big LLMs are memory bound": 12-channel DDR5-4800 = 460.8 GB/s, stock llama.cpp ≈60 % [S38]; AMD EPYC 9654 product page (96 cores, 360 W)',
    asOf: '2022-11-10',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 96 Zen 4 cores × 32 FP32 FLOP/cycle × 3.55 GHz all-core boost; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C estimate: 1-socket server = EPYC 9654 ($11,805 list, per 3dnews.ru 2025) + SP5 board (~$1,000) + 768 GB DDR5-4800 RDIMM (12 × 64 GB, ~$3,600) + chassis, PSU, cooling and SSD (~$2,000). DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'cpu-epyc-9755-ddr5-6000-12ch',
    name: 'AMD EPYC 9755 (Turin), 12-channel DDR5-6000',
    vendor: 'AMD',
    kind: 'cpu',
    generation: 'zen',
    memoryGb: 1536,
    memoryBandwidthGbPerSecond: 576,
    denseTflops: {
      fp32: 24.6,
      fp16: 24.6,
    },
    tdpWatts: 500,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 25000,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 12 × 6000 MT/s × 8 B = 576.0 GB/s; AMD EPYC 9755 product page (128 cores, 500 W, 12 channels DDR5-6000)',
    asOf: '2024-10-10',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 128 Zen 5 cores × 64 FP32 FLOP/cycle × 3.0 GHz; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C estimate: 1-socket server = EPYC 9755 (launch list $12,984, knowledge) + 1,536 GB DDR5-6000 RDIMM (12 × 128 GB, ~$9,000) + SP5 board, chassis, PSU, cooling and SSD (~$3,000). DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'cpu-xeon-8480-ddr5-4800-8ch',
    name: 'Intel Xeon Platinum 8480+ (Sapphire Rapids), 8-channel DDR5-4800',
    vendor: 'Intel',
    kind: 'cpu',
    generation: 'x86',
    memoryGb: 512,
    memoryBandwidthGbPerSecond: 307.2,
    denseTflops: {
      fp32: 7.2,
      fp16: 7.2,
      bf16: 114.7,
      int8: 229.4,
    },
    tdpWatts: 350,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 16000,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 8 × 4800 MT/s × 8 B = 307.2 GB/s; Intel ARK Xeon Platinum 8480+ (56 cores, 350 W, 8 channels DDR5-4800, AMX)',
    asOf: '2023-01-10',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 56 cores × 64 FP32 FLOP/cycle (2 × AVX-512 FMA) × 2.0 GHz; AMX: 1,024 BF16 / 2,048 INT8 ops per cycle per core; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          'Grade C estimate: 1-socket server = Xeon Platinum 8480+ (launch RCP $10,710, knowledge) + 512 GB DDR5-4800 RDIMM (8 × 64 GB, ~$2,400) + board, chassis, PSU, cooling and SSD (~$3,000). DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more',
        asOf: '2026-11-27',
      },
    },
  },
  {
    id: 'cpu-xeon-6980p-ddr5-6400-12ch',
    name: 'Intel Xeon 6980P (Granite Rapids), 12-channel DDR5-6400',
    vendor: 'Intel',
    kind: 'cpu',
    generation: 'x86',
    memoryGb: 1536,
    memoryBandwidthGbPerSecond: 614.4,
    denseTflops: {
      fp32: 16.4,
      fp16: 16.4,
      bf16: 262.1,
      int8: 524.3,
    },
    tdpWatts: 500,
    interconnectGbPerSecond: 64,
    maxPerNode: 1,
    purchaseUsd: 25000,
    source:
      'docs/methods.md §2.5: BW = channels × MT/s × 8 bytes [S38]: 12 × 6400 MT/s × 8 B = 614.4 GB/s; Intel ARK Xeon 6980P (128 cores, 500 W, 12 channels DDR5-6400; MRDIMM-8800 raises bandwidth to 844.8 GB/s)',
    asOf: '2024-09-24',
    fieldSources: {
      denseTflops: {
        source:
          'Derived, grade C: 128 cores × 64 FP32 FLOP/cycle × 2.0 GHz; AMX: 1,024 BF16 / 2,048 INT8 ops per cycle per core; llama.cpp computes dequantised dot products in FP32/INT8 SIMD, so fp16 is set to the FP32 vector peak',
        asOf: '2026-11-27',
      },
      purchaseUsd: {
        source:
          "Grade C estimate: 1-socket server = Xeon 6980P ($12,460 RCP after Intel's December 2024 cut from $17,800, per 3dnews.ru) + 1,536 GB DDR5-6400 RDIMM (12 × 128 GB, ~$9,000) + board, chassis, PSU, cooling and SSD (~$3,500). DRAM prices rose sharply from late 2025 (2026 memory shortage), so a build today can cost more",
        asOf: '2026-11-27',
      },
    },
  },
] satisfies z.input<typeof hardwareSchema>[];
