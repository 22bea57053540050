/** The legal texts and secondary sources the rule tables cite (shared/aci-rules.md « The texts »). */
export const ACI_2019 =
  "Accord conventionnel interprofessionnel en faveur du développement de l'exercice coordonné et du déploiement des CPTS, signé le 20 juin 2019, approuvé par arrêté du 21 août 2019 (NOR SSAS1924409A ; JORF du 24 août 2019)";
export const AVENANT_2 = "Avenant 2 à l'ACI CPTS, signé le 20 décembre 2021, approuvé par avis publié au JORF du 31 mars 2022 (JORFTEXT000045443303)";

export const REF_SIZES = 'ACI 2019, art. 8 ; contrat type (annexe 1), art. 5';
export const REF_AMOUNTS_2019 = 'ACI 2019, art. 8 ; contrat type (annexe 1), art. 5';
export const REF_AMOUNTS_AV2 = 'Avenant 2, modifiant ACI 2019 art. 8 et contrat type art. 5';
export const REF_PAYMENT = 'ACI 2019, art. 9.1 ; contrat type (annexe 1), art. 6';
export const REF_PAYMENT_FIXED = 'Contrat type (annexe 1), art. 6.2';
export const REF_MISSIONS = 'ACI 2019, art. 7 ; contrat type (annexe 1), art. 4';
