/**
 * The legal texts and the references the rule tables cite (shared/aci-rules.md « The texts »). A reference names
 * the text as a reader finds it on Légifrance: the approving act, its NOR or JORFTEXT id and the Journal officiel.
 */
export const ACI_2019 =
  "Accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du déploiement des CPTS, signé le 20 juin 2019, approuvé par arrêté du 21 août 2019 (NOR SSAS1924409A ; JORF du 24 août 2019)";
export const AVENANT_2 = "Avenant 2 à l'ACI CPTS, signé le 20 décembre 2021, approuvé par avis publié au JORF du 31 mars 2022 (JORFTEXT000045443303)";

/** How each text is cited in a reference: short, but enough to find it. */
const CITE_2019 = 'ACI CPTS 2019 (arrêté du 21 août 2019, NOR SSAS1924409A, JORF du 24 août 2019)';
const CITE_AV2 = 'Avenant 2 à l’ACI CPTS (avis publié au JORF du 31 mars 2022, JORFTEXT000045443303)';

export const REF_SIZES = `${CITE_2019}, art. 8 ; contrat type (annexe 1), art. 5`;
export const REF_AMOUNTS_2019 = `${CITE_2019}, art. 8 ; contrat type (annexe 1), art. 5`;
export const REF_AMOUNTS_AV2 = `${CITE_AV2}, modifiant l’art. 8 et le contrat type, art. 5`;
export const REF_PAYMENT = `${CITE_2019}, art. 9.1 ; contrat type (annexe 1), art. 6`;
export const REF_PAYMENT_FIXED = `${CITE_2019}, contrat type (annexe 1), art. 6.2`;
export const REF_MISSIONS = `${CITE_2019}, art. 7 ; contrat type (annexe 1), art. 4`;
export const REF_IN_FORCE_2019 = `Arrêté du 21 août 2019 (NOR SSAS1924409A), JORF du 24 août 2019`;
export const REF_IN_FORCE_AV2 = `Avis relatif à l’avenant 2, JORF du 31 mars 2022 (JORFTEXT000045443303)`;
export const REF_CONTRACT = `${CITE_2019}, contrat type (annexe 1), durée du contrat`;
