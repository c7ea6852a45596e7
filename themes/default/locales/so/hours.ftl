# Machine translation: waiting for review by a native speaker.
# Opening hours in words. The days and times come from CLDR; these are the words around them.
hours-closed = Xiran
hours-all-day = Furan maalinta oo dhan
hours-holidays-closed = Xiran maalmaha fasaxa dawladda
hours-holidays-open = Maalmaha fasaxa dawladda: { $hours }
hours-holidays-all-day = Furan maalinta oo dhan maalmaha fasaxa dawladda
hours-as-written = Sida ay ishu u qortay:
closed-now = Hadda waa xiran yahay
