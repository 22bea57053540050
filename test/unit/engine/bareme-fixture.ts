/**
 * A contract's own amounts (« barème du classeur ») for one size, so that tests of the dialogue features do not
 * move when a rule table changes. Every amount not given is 1 000,00.
 */
export function ownBareme(size: '1' | '2' | '3' | '4', fonctionnement: string, access = { fixed: '1000.00', variable: '1000.00' }): unknown {
  const own = { fixed: '1000.00', variable: '1000.00' };
  return {
    label: 'Contrat de test',
    sizes: {
      [size]: {
        fonctionnement,
        missions: {
          'acces-soins': access,
          parcours: own,
          prevention: own,
          'qualite-pertinence': own,
          'accompagnement-professionnels': own,
          'crises-sanitaires': { plan: '1000.00', update: '1000.00', activation: '1000.00' },
        },
      },
    },
  };
}
