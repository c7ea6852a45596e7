# Machine translation: waiting for review by a native speaker.
# Opening hours in words. The days and times come from CLDR; these are the words around them.
hours-closed = Girtî
hours-all-day = Hemû rojê vekirî
hours-holidays-closed = Di betlaneyên fermî de girtî ye
hours-holidays-open = Betlaneyên fermî: { $hours }
hours-holidays-all-day = Di betlaneyên fermî de hemû rojê vekirî ye
hours-as-written = Wekî ku çavkanî dinivîse:
closed-now = Niha girtî ye
