// Articles written for these tests in the shapes desk officers' material arrives in (a web page copied
// as text, a report with lists and pipe tables, a Markdown note). The facts follow the sample dossier;
// the sentences are our own.

/** A news page copied from a browser: teaser, headline, photo captions repeated in the text, a numbered
 * contents list, headings, and the site's Spanish newsletter box at the end. */
export const WEB_PAGE_TEXT = `Police chiefs from Rabat and Wiesbaden compared notes on terrorism, trafficking and the next steps of their cooperation

Rabat and Berlin agree to deepen police cooperation

Holger Münch - PHOTO/FILE
Holger Münch, President of the Federal Criminal Police Office, arriving in Rabat - PHOTO/FILE

The partnership between the Moroccan and German security services has grown steadily since 2022, and both sides now want to give it a firmer footing.

  1. A meeting of police chiefs in Rabat
  2. What the two services want next

A meeting of police chiefs in Rabat

Abdellatif Hammouchi, who heads the Directorate General of National Security and Territorial Surveillance (DGSN-DGST), received Holger Munch, the head of the Federal Criminal Police Office (BKA), at his headquarters. Their talks covered terrorism, drug trafficking and the smuggling of migrants.

Two months ago, German investigators had warned of a possible attack on Cologne Cathedral. In December last year, four suspects were detained in Germany on suspicion of preparing attacks in Europe.

PHOTO/FILE - Holger Münch, presidente de la Oficina Federal de Policía Criminal
Holger Münch, President of the Federal Criminal Police Office, arriving in Rabat - PHOTO/FILE

What the two services want next

In October, Interior Minister Nancy Faeser praised the help of the DGST, whose information allowed the BKA to arrest a suspect. The ministry in Berlin wants a liaison officer posted to Rabat before the summer.

Envíanos tus noticias
Si tienes información sobre una noticia, puedes enviárnosla por cualquiera de nuestros canales y tu identidad quedará protegida.`;

/** A report pasted as text: a lead paragraph, the headline, bullet lists and pipe tables of figures. */
export const REPORT_TEXT = `The cooperation between German and Moroccan police services produced more joint operations and arrests in 2023 than in the year before, according to figures released by both ministries.
German and Moroccan police report a year of closer cooperation
Officials on both sides point to faster exchanges of information and more joint training.
The main working areas were:
- Exchange of intelligence on terrorist threats
- Joint courses for investigators
  - Forensic training in Wiesbaden
  - Border control training in Tangier
- Common action against smuggling networks
| Year | Joint operations | Arrests | Training sessions |
|---|---|---|---|
| 2022 | 15 | 120 | 8 |
| 2023 | 22 | 185 | 12 |
Next steps
Both services intend to station liaison officers in each other's capitals and to meet again in early 2025.`;

/** A colleague's note in Markdown, with a link, emphasis and a quote. */
export const MARKDOWN_NOTE = `# Notes from the Rabat visit

By Jana Keller | 12 March 2024

The delegation met the **DGSN-DGST** leadership on *Monday*. See the [ministry statement](https://www.bmi.example.de/statement) and [this](javascript:alert(1)) link.

## Agreed points

1. Monthly video calls between the liaison desks
2. A joint threat picture by June 2024

> Cooperation has never been closer, one participant said.

| Item | Owner |
|---|---|
| Threat picture | BKA |
`;
