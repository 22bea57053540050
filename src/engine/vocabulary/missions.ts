/**
 * Mission identifiers are part of the scenario format (a contract with users' files): never rename one.
 * Source: ACI 2019 Art. 7 (missions); avenant 2 (crisis mission). See shared/aci-rules.md « Missions ».
 */
export const MISSION_IDS = ['acces-soins', 'parcours', 'prevention', 'crises-sanitaires', 'qualite-pertinence', 'accompagnement-professionnels'] as const;
export type MissionId = (typeof MISSION_IDS)[number];

/** Missions paid as a fixed part plus a variable part scaled by the achievement rate. */
export const STANDARD_MISSION_IDS = ['acces-soins', 'parcours', 'prevention', 'qualite-pertinence', 'accompagnement-professionnels'] as const;
export type StandardMissionId = (typeof STANDARD_MISSION_IDS)[number];

export const CRISIS_MISSION_ID = 'crises-sanitaires' satisfies MissionId;

export function isMissionId(value: string): value is MissionId {
  return (MISSION_IDS as readonly string[]).includes(value);
}

export function isStandardMission(id: MissionId): id is StandardMissionId {
  return id !== CRISIS_MISSION_ID;
}

/**
 * Output components. Fonctionnement is reported as its own pseudo-mission.
 * - fixe / variable: the two parts of a standard mission;
 * - plan / mise-a-jour: the crisis mission's preparation (the year the plan is written, then update years);
 * - activation: the crisis mission's amount in a year when the ARS recognises a crisis.
 */
export const FONCTIONNEMENT = 'fonctionnement' as const;
export type LineMission = MissionId | typeof FONCTIONNEMENT;
export type Component = 'fonctionnement' | 'fixe' | 'variable' | 'plan' | 'mise-a-jour' | 'activation';
