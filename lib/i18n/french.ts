import fr from '../../public/_locales/fr/messages.json';

/**
 * The French catalog as one object. Imported dynamically through this module
 * rather than the JSON itself: a JSON module imported dynamically is a
 * namespace with a getter per message, which the background (one file, its
 * dynamic imports inlined) carried beside the catalog.
 */
export default fr;
