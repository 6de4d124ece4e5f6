/**
 * Word classes that tell a person from an organization from neither. These are cue words of news writing
 * (titles, corporate suffixes, descriptors), not names: the recognizer never needs to know a name in advance.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Titles and roles written before a person's name ("CEO Marisol Quenby", "Judge Ito", "coach Ana Ruiz"). */
export const PERSON_TITLES = words(`
  prime mr mrs ms miss mx dr prof professor sir dame lord lady madam president vice senator sen rep representative
  congressman congresswoman governor gov mayor judge justice chancellor minister premier king queen prince princess
  pope rev reverend father sister general gen colonel col captain capt lieutenant lt sergeant sgt major admiral
  commander officer detective inspector superintendent chief ceo cfo cto coo cmo chairman chairwoman chairperson
  chair director secretary ambassador commissioner coach manager striker midfielder defender goalkeeper forward
  quarterback pitcher founder co-founder cofounder billionaire investor entrepreneur executive analyst economist
  strategist spokesperson spokesman spokeswoman attorney lawyer prosecutor sheriff deputy speaker leader boss
  rapper singer actor actress author novelist writer journalist reporter columnist editor artist producer dean
  principal researcher scientist physicist chemist engineer doctor nurse surgeon councillor councilman councilwoman
  councilor trustee treasurer president-elect head owner partner candidate challenger incumbent veteran star
  player rookie captain presenter host comedian director-general chancellor-elect archbishop bishop cardinal rabbi
  imam sheikh emir sultan crown agent special secretary-general under-secretary acting interim former deputy
  attorney-general solicitor-general surgeon-general postmaster-general governor-general lieutenant-governor
  opener guard co-author all-rounder leg-spinner batsman batter bowler wicketkeeper winger sprinter skipper
`);

/** Titles that are only titles when capitalized or followed by a name; used to split "Orrin Labs CEO Petra Szabo". */
export const HONORIFICS = words('mr mrs ms miss mx dr prof sir dame lord lady madam rev');

/** Words that end (or head) an organization's name. Complements compromise's own list. */
export const ORG_HEADS = words(`
  inc incorporated corp corporation co company companies ltd limited llc llp plc lp ag gmbh sa nv bv spa ab asa
  oyj kk pte pty se group holdings holding partners capital ventures technologies technology tech systems solutions
  labs laboratories lab industries enterprises bank bancorp banking motors energy robotics airlines airways
  pharmaceuticals pharma therapeutics biosciences biotech bio networks media studios entertainment foods brands
  communications telecom software semiconductor semiconductors dynamics aerospace automotive logistics insurance
  securities investments fund funds trust foundation institute university college school academy hospital clinic
  ministry department agency commission council committee board bureau office authority administration court
  senate congress parliament assembly party union federation association league club fc afc cf united police army
  navy times journal post news press tribune herald gazette magazine network channel exchange reserve treasury
  coalition alliance organization organisation society church museum orchestra theatre theater instruments
  electronics chemicals materials mining minerals metals steel oil petroleum gas power utilities railways railway
  rail shipping freight cargo airport airports ports resources consulting advisors advisory associates analytics
  research microsystems devices robotics automation mobility motorsports athletic athletics rovers wanderers
  rangers city town county albion fc. sports games interactive digital online cloud data health healthcare medical pharmacy retail
  stores markets market supermarkets house pictures platforms polling records carriers chemie trading air airline
  universidad universidade université universität universita partido movimiento federación federação federation
  asociación associação banco bolsa compañía companhia grupo clube atlético atletico deportivo sporting
  gewerkschaft verband stiftung ministerio ministério ministère instituto institut fondation fundación fundação
  sociedad sociedade société unión front commodities insights cooperative co-op collective guild service services trustees tribunal
`);

/** Lower-case nouns that, written right before a name, make it an organization ("the startup Corvane Labs"). */
export const ORG_DESCRIPTORS = words(`
  company companies startup start-up firm maker carmaker automaker chipmaker drugmaker planemaker retailer lender
  bank insurer conglomerate rival competitor giant subsidiary unit brand platform developer manufacturer supplier
  provider operator airline outlet newspaper broadcaster network publisher agency regulator lab laboratory studio
  fund club team side university exchange nonprofit non-profit charity party venture outfit consultancy shipper
  miner refiner utility distributor marketplace corporation app service business
  broker brokerage automakers carriers carrier telco insurer newswire daily tabloid magazine shipowner exporter
  importer label forecaster body
`);

/** Lower-case nouns that, written right before a name, make it a person ("billionaire Halvard Nygaard"). */
export const PERSON_DESCRIPTORS = words(`
  billionaire entrepreneur founder co-founder cofounder executive chief investor analyst economist strategist
  spokesperson spokesman spokeswoman lawyer attorney senator president minister coach player striker actor actress
  singer author writer journalist reporter columnist professor researcher scientist director chairman chairwoman
  boss official diplomat judge officer detective mother father son daughter wife husband brother sister colleague
  manager rapper star teacher student nurse doctor patient farmer owner resident rookie veteran midfielder defender
  goalkeeper forward designer engineer economist historian activist campaigner lawmaker legislator governor mayor
  candidate challenger incumbent commentator critic creator host presenter partner prosecutor sheriff trader
  banker financier physicist novelist poet playwright filmmaker
`);

/** Verbs of saying and deciding that follow a speaker ("Quenby said"). Person or organization. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds wrote writes argued argues noted notes explained explains insisted insists
  warned warns stressed stresses acknowledged acknowledges recalled recalls predicted predicts conceded concedes
  admitted admits claimed claims replied replies asked asks posted posts tweeted declined denied denies confirmed
  confirms announced announces
`);

/** Verbs typical of organizations as subjects ("Kestrel Orbital reported earnings", "Acme announced"). */
export const ORG_VERBS = words(`
  reported reports announced announces acquired acquires bought buys sold sells launched launches raised raises
  filed files posted posts employs employed shipped ships manufactures builds built makes made operates operated
  listed lists owns owned hired hires cut cuts laid valued invested invests agreed agrees
`);

/** Nouns that, after a possessive, show the possessor is an organization ("Tesla's shares"). */
export const ORG_POSSESSIONS = words(`
  shares stock stocks board revenue revenues profit profits earnings sales subsidiary subsidiaries headquarters
  employees staff workers customers users products product platform app apps factory factories plant plants
  valuation market-value ipo listing investors shareholders stake unit division chief ceo cfo chairman founder
  co-founder founders executives spokesperson spokesman spokeswoman website service services brand model models
  chips servers cloud network fleet rockets rocket satellites data centers offices lawyers management
  engineers researchers scientists alumni veterans executive analysts traders bankers operations business
`);

/** Nouns that, after a possessive, show the possessor is a person ("Quenby's wife"). */
export const PERSON_POSSESSIONS = words(`
  wife husband son daughter mother father brother sister family children parents career life death birth
  friend friends lawyer lawyers attorney biography memoir fortune net-worth personal own home campaign tenure
  remarks comments resignation retirement successor predecessor birthday
`);

/** Capitalized words that begin or form generic phrases, never names on their own ("Code Red", "Key Takeaways"). */
export const GENERIC_CAPITALS = words(`
  the a an this that these those it its his her their our my your we they he she i you
  key takeaways summary conclusion introduction background update updates breaking exclusive analysis opinion
  editorial note notes read more related chapter section part table figure appendix source sources
  initial public offering chief executive officer financial operating technology vice president
  elsewhere separately meanwhile however still also instead overall previously earlier later today yesterday
  currently additionally nonetheless nevertheless moreover furthermore
`);

/** Acronyms that are not organizations. */
export const NON_ORG_ACRONYMS = words(`
  ceo cfo cto coo cmo cio ciso evp svp vp md ai agi ml ipo ipos us usa uk uae gdp cpi ppi llc ltd inc plc
  am pm tv pc it hr pr ok id vr ar xr ev evs esg api apis gpu gpus cpu cpus ram ssd usb pdf html url faq q1 q2 q3
  q4 h1 h2 fy yoy mom dna rna hiv covid sars aids ceo's ipo's mba phd ba ma bsc msc md jr sr ii iii iv vi vii
  viii ix xi mp mps mep meps rep sen gov dr mr mrs ms st ave rd blvd ps nb re vs etc aka diy saas b2b b2c
  kpi kpis roi ebitda eps p/e m&a r&d lng lpg co2 ghg km kg mph gb tb mb kb ghz mhz kwh mwh gw mw kw ny la dc
  u.s u.k u.s.a n.j n.y d.c ufo ufos suv suvs led lcd oled 5g 4g 3g lte wifi nft nfts crispr mri ct icu er gp
`);

/** Lower-case particles inside person names ("Ludwig van der Berg", "Maria de la Cruz"). */
export const NAME_PARTICLES = words('van von der den de del della di da du la le bin ibn al el ter ten dos das y zu af');

/** Lower-case connectors inside organization names ("Bank of America", "Center for Policy Research"). */
export const ORG_CONNECTORS = words('of for the and de du des la le und y et');

/** Head words of publications whose "The" belongs to the name ("The Wall Street Journal"). */
export const PUBLICATION_HEADS = words(`
  journal times post guardian economist telegraph herald tribune gazette independent observer atlantic verge
  information chronicle globe star sun mirror courier register inquirer examiner review ledger daily weekly
  radio wire insider digest monitor bulletin dispatch business broadcasting television tv
`);

/** Words that make a capitalized phrase an event or a storm, which are not organizations or people. */
export const EVENT_WORDS = words(`
  typhoon hurricane storm cyclone classic open cup championship championships games festival marathon prix
  tournament awards prize expo olympics grand derby regatta biennale triennale
`);
