// A gazetteer of given names with their usual gender, for the languages and regions the corpus
// covers (English, German, Slavic, Caucasus, Nordic, Romance …). It lets a capitalised pair
// ("Laura Meyers") count as a person without a title next to it, and lets "she" find Laura Meyers
// rather than the man quoted before. Folded (lower case, no accents), so Sergej/Sergei/Sergey and
// Jürgen/Juergen match. Unknown names are fine: they just carry no gender.

const MALE = `aaron abdul adam adrian ahmed alan albert alejandro aleksandr aleksey alex alexander alexandre
alexei alexey alfred ali alois amir anatoly andre andreas andrei andrej andrew andrey andriy angelo anthony anton
antonio armin arnold arthur artur august axel barack bastian ben benedikt benjamin bernd bernhard bert bill bob
boris brian bruce bruno carl carlos charles chris christian christoph christopher claude colin conrad craig
daniel danny dario david dennis denis detlef dieter dietmar dimitri dmitri dmitry dominik donald doug douglas
edward emmanuel emil eric erich erik ernst eugen evgeny fabian felix ferdinand florian francesco francis
francois frank franz fred frederic friedrich fritz gabriel gareth gary georg george gerald gerhard gernot
giorgio giuseppe gordon gregor gregory guenter guenther gunther gustav hakan hamid hannes hans harald harry
heinrich heinz helmut henri henrik henry herbert hermann holger horst hubert hugo ian igor ilham ilya ivan
jack jacob jakob james jan jason jean jeffrey jens jeremy jerome jim joachim joe joel johann johannes john
jonas jonathan jorge josef joseph juan juergen julian jurgen justin kai karl karim kenneth kevin klaus konrad
konstantin kurt lars laurent leo leon leonard leopold lorenz lothar louis luca lucas ludwig luis lukas
lutz manfred manuel marc marcel marco marcus mario mark markus martin mathias matteo matthew matthias max
maxim maximilian michael michel miguel mike mikhail milan mohammed moritz nathan nicholas nick nicolas
niklas nikolai nikolaus nikol norbert olaf oleg oliver omar oscar oskar otto pablo patrick paul pavel
pedro peter philip philipp pierre piotr rafael rainer ralf ralph ramzan raphael raymond reinhard reinhold
rene richard rick robert roberto roger roland roman ron ronald rudolf rudi rupert ruslan ryan samuel
sebastian sergei sergey sergej sergio simon stanislav stefan stephan stephen steve steven sven thomas
tim timothy tobias todd tom tomas tomasz tony torsten ulrich uwe valentin valery victor viktor
vincent vitaly vladimir vladislav walter werner wilhelm william wladimir wolfgang xavier yuri yusuf
zbigniew jeyhun vagif elmar mikhail rauf tofig oktay farid vusal anar ramil rashad elnur
kristen jens jonas mark mette olaf ole nils gunnar bjorn erling magnus henning siegfried gottfried
helmuth eckart volker reinhold heribert wendelin engelbert leopold vinzenz florian gerold herwig
ludger hartmut gerd kurt`;

const FEMALE = `ada agnes alexandra alice alicia alina amanda amelie amy ana andrea angela angelika anita ann
anna annalena anne annette antje antonia barbara beate bettina birgit brigitte britta carla carmen caroline
catherine cecile charlotte christa christiane christina christine claire clara claudia cornelia dagmar
daniela diana doris dorothea edith elena elfriede elisabeth elizabeth ella ellen elsa emily emma erika
eva evelyn franziska frederike gabriele gabriela gertrud gisela gloria gudrun hanna hannah heidi helen helena
helga ilse ines ingrid irene iris isabel isabella jacqueline jana jane janet jennifer jessica joanna johanna
josefine judith julia juliane julie jutta karin karina katharina katherine kathrin katja katrin kerstin
klaudia kristina larissa laura lea lena linda lisa liz lotte lucia luise maria marianne marie marina marion
marlene martha martina mary melanie michaela michelle monika nadia nadine natalia natalie natascha nicole
nina olga olivia pamela patricia paula petra rachel rebecca regina renate ruth sabine sabrina sandra sara
sarah silke silvia simone sofia sonja sophia sophie stefanie stephanie susan susanne svetlana sylvia tamara
tanja tatiana tatjana theresa ulrike ursula valentina valerie vanessa vera veronika victoria viktoria
yvonne zoe margaret margit maryam leyla aynur gulnara sigrid alev eva pamela leonore alma mira kristin
ingeborg hedwig waltraud herta irmgard elfi gerlinde heidemarie roswitha ottilie
helen karen kathy kate catherine serena venus naomi eleanor margarethe amina michele`;

const GENDER = new Map<string, 'm' | 'f'>();
for (const name of MALE.split(/\s+/)) if (name) GENDER.set(name, 'm');
for (const name of FEMALE.split(/\s+/)) if (name) GENDER.set(name, 'f');

/** Folds a given name the way the gazetteer is written: lower case, no accents, Sergej → sergej. */
function foldGiven(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ä/g, 'a');
}

/** The usual gender of a given name ('m' / 'f'), or null when the gazetteer does not know it. */
export function genderOfGivenName(word: string): 'm' | 'f' | null {
  return GENDER.get(foldGiven(word)) ?? null;
}

/** Whether a word is a given name the gazetteer knows. */
export function isKnownGivenName(word: string): boolean {
  return GENDER.has(foldGiven(word));
}
