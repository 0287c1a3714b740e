// English messages for erasing a buyer (Orders drawer).
export const eraseMessages = {
  erase: {
    title: 'Erase this buyer',
    intro: 'Removes their name, username, messages, ticket texts, reviews and comments from every order and ticket. Counts in the scorecard stay as they are. The erasure is logged without personal data.',
    alsoBackups: 'Also erase from backups',
    button: 'Erase buyer…',
    confirmTitle: 'Erase this buyer?',
    confirmText: 'Everything that names {buyer} is removed from this shop. This cannot be undone; existing backups still hold their data.',
    confirmTextBackups: 'Everything that names {buyer} is removed from this shop and from every backup. This cannot be undone.',
    confirm: 'Erase',
    done: 'Buyer erased from {orders} orders, {tickets} tickets, {reviews} reviews, {comments} comments and {backups} backups.',
  },
}
