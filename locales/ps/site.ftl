# Machine translation: waiting for review by a native speaker.
# د دې وېبپاڼې ځانګړي متنونه: د theme هغه پیغامونه بدلوي چې همدا پېژند (id) لري.
site-title = کډوال ماشومان
