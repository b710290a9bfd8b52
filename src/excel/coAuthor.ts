/**
 * Who the log names for a change the pane saw but did not make, when it cannot know the
 * person (a co-author's edit, or one typed in while the pane was not reading). The pane
 * shows it as "en medforfatter" / "a co-author"; it never names a person by guess.
 */
export const CO_AUTHOR = "(co-author)";
