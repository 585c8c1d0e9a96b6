import type { EngineManifest } from '@nautilus/runtime/engine';

/** The system engine: see README.md in this folder. */
export default {
  name: 'system',
  title: 'System',
  description: "The platform's own state: every engine's health, version and metrics, and each accel router's backends, calibration and decisions",
  defaultPort: 4109,
  entry: 'src/index.ts',
  codegen: {
    contextType: '../context.ts#SystemContext',
    mappers: {
      SystemStatus: '../service/pollEngines.ts#SystemStatusModel',
      EngineStatus: '../service/pollEngines.ts#EngineStatusModel',
      AccelerationStatus: '../domain/summarizeAcceleration.ts#AccelerationModel',
    },
  },
} satisfies EngineManifest;
