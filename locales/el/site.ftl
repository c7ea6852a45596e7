# Machine translation: waiting for review by a native speaker.
# Κείμενα μόνο για αυτόν τον ιστότοπο: αντικαθιστούν τα μηνύματα του θέματος με το ίδιο αναγνωριστικό.
site-title = Παιδιά σε κίνηση
