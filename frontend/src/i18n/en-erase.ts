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
    log: {
      title: 'Erasure log',
      intro: 'Every buyer erasure, with when and by whom. The buyer is shown only as a fingerprint of their key: the log holds no personal data.',
      when: 'When',
      by: 'By',
      buyer: 'Buyer (fingerprint)',
      what: 'Erased',
      orders: 'no orders | 1 order | {n} orders',
      tickets: 'no tickets | 1 ticket | {n} tickets',
      reviews: 'no reviews | 1 review | {n} reviews',
      comments: 'no comments | 1 comment | {n} comments',
      empty: 'No buyer has been erased. To erase one, open their order and choose “Erase buyer…”.',
    },
    done: 'Buyer erased from {orders} orders, {tickets} tickets, {reviews} reviews, {comments} comments and {backups} backups.',
  },
}
