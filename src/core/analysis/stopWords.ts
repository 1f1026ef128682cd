import { foldTerm } from '../../shared/text/foldTerm';

/**
 * Function words of English and German, left out of word lists. Written as spelled, folded like
 * the index when loaded (für → fur, bei → bey). Short lists on purpose: content words stay.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  // English
  (
    'a about above after again against all also am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here hers herself ' +
    'him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or ' +
    'other our ours ourselves out over own same she should so some such than that the their theirs them themselves then ' +
    'there these they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with would you your yours yourself yourselves said says one two s t re ve ll d m ' +
    // German
    'aber alle allem allen aller alles als also am an andere anderem anderen anderer anderes anders auch auf aus bei bin bis ' +
    'bist da damit dann das dass dasselbe dazu dein deine deinem deinen deiner dem den denn der derer des dessen dich die ' +
    'dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einige einigen einmal er ' +
    'es etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ' +
    'ihrem ihren ihrer ihres im indem ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine keinem keinen keiner ' +
    'können könnte man manche mein meine meinem meinen meiner mich mir mit muss musste nach nicht nichts noch nun nur ob ' +
    'oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind solche soll sollte sondern sonst über um und ' +
    'uns unsere unserem unseren unser unter viel vom von vor während war waren was weil weiter welche welchem welchen ' +
    'welcher wenn werde werden wie wieder will wir wird wurde wurden zu zum zur zwar zwischen sagte sei seien'
  )
    .split(' ')
    .map(foldTerm),
);
