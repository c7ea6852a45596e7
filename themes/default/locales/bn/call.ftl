# Machine translation: waiting for review by a native speaker.
# Call buttons and the apps a number opens.
call-verb = কল করো
opens-messages = মেসেজ অ্যাপ খুলবে
opens-whatsapp = হোয়াটসঅ্যাপ অ্যাপ খুলবে
open-viber = ভাইবার
opens-viber = ভাইবার অ্যাপ খুলবে
